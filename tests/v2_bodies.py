"""v2 request bodies the tests share: the API page's samples, and bodies built by Huawei's own client.

The client (``huaweicloudsdkmodelarts``) is independent of tjlint: its model
classes are the machine-readable field tree of ``POST /v2/{project_id}/training-jobs``,
and ``sanitize_for_serialization`` is exactly what it sends (wire names, no
unset fields). ``to_dict()`` is not: it uses Python names and keeps ``None``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import huaweicloudsdkmodelarts.v1 as sdk
from huaweicloudsdkcore.utils.http_utils import sanitize_for_serialization

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLES: dict[str, dict[str, Any]] = {
    k: v for k, v in json.loads((SHARED / "reference" / "v2-create-training-job-samples.json")
                                .read_text("utf-8")).items() if not k.startswith("_")
}

ENGINE_NAME = "PyTorch"
ENGINE_VERSION = "pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64"
IMAGE = "swr.cn-north-4.myhuaweicloud.com/ml-team/fastseq:1.2"
POOL = "poolfaf38d76"


def wire(job: sdk.Job) -> dict[str, Any]:
    """The body exactly as the client sends it."""
    body: dict[str, Any] = sanitize_for_serialization(job)
    return body


def _metadata(name: str) -> sdk.JobMetadata:
    return sdk.JobMetadata(name=name, description=f"{name}, built with the Huawei SDK")


def _io(data: str, output: str) -> dict[str, Any]:
    return {
        "inputs": [sdk.Input(name="data_url", remote=sdk.InputDataInfo(obs=sdk.InputDataInfoObs(obs_url=data)))],
        "outputs": [sdk.Output(name="train_url", remote=sdk.Remote(obs=sdk.RemoteObs(obs_url=output)))],
    }


def saved_algorithm() -> sdk.Job:
    """A saved algorithm with parameters on a public flavor, annotations and an experiment."""
    return sdk.Job(
        kind="job",
        metadata=sdk.JobMetadata(
            name="saved-algo", workspace_id="0", annotations={"fault-tolerance/job-retry-num": "3"},
            training_experiment_reference=sdk.TrainingExperimentRequest(name="sweeps", description="lr")),
        algorithm=sdk.JobAlgorithm(
            id="3f5d6706-7b67-408d-8ba0-ec08048c45ed",
            parameters=[sdk.Parameters(name="input_dir", value="obs://test/moxingtest-dir/"),
                        sdk.Parameters(name="large_file_method", value="1")],
            inputs=[sdk.Input(name="data_url", remote=sdk.InputDataInfo(dataset=sdk.InputDataInfoDataset(
                id="38277e62-9e59-48f4-8d89-c8cf41622c24", version_id="2ff0d6ba-c480-45ae-be41-09a8369bfc90")))],
            environments={}),
        spec=sdk.Spec(resource=sdk.SpecResource(flavor_id="modelarts.p3.large.public.free", node_count=1),
                      log_export_path=sdk.LogExportPath(obs_url=""),
                      auto_stop=sdk.AutoStop(time_unit="HOURS", duration=12)),
    )


def preset_engine() -> sdk.Job:
    """Own code on a preset engine, with custom metrics, notification and log export settings."""
    return sdk.Job(
        kind="job", metadata=_metadata("preset-engine"),
        algorithm=sdk.JobAlgorithm(
            code_dir="obs://ml-team-data/code/", boot_file="obs://ml-team-data/code/train.py",
            engine=sdk.JobEngine(engine_name=ENGINE_NAME, engine_version=ENGINE_VERSION),
            parameters=[sdk.Parameters(name="learning_rate", value="0.01"),
                        sdk.Parameters(name="batch_size", value="32")],
            local_code_dir="/home/ma-user/code/", working_dir="/home/ma-user/code/",
            summary=sdk.Summary(log_type="tensorboard", log_dir=sdk.LogDir(
                pfs=sdk.PFSSummary(pfs_path="/ml-team-pfs/tensorboard/"))),
            **_io("/ml-team-data/data/flowers/", "/ml-team-data/output/")),
        spec=sdk.Spec(
            resource=sdk.SpecResource(flavor_id="modelarts.vm.cpu.8u", node_count=1),
            log_export_path=sdk.LogExportPath(obs_url="obs://ml-team-data/logs/"),
            log_export_config=sdk.LogExportConfig(version="v1", rotation_enabled=True),
            notification=sdk.Notification(topic_urn="urn:smn:cn-north-4:0d2f:training", events=["JobFailed"]),
            custom_metrics=[sdk.CustomMetrics(http_get=sdk.HttpGet(path="/metrics", port=8080)),
                            sdk.CustomMetrics(_exec=sdk.ModelExec(command=["cat", "/tmp/metrics.txt"]))],
            output_model=sdk.OutputModel(obs=sdk.ObsModel(obs_path="/ml-team-data/model/",
                                                          local_path="/home/ma-user/model/")),
            retention=sdk.RetentionPolicy(policy="disabled")),
    )


def custom_image() -> sdk.Job:
    """A custom image with its command and environment variables, SSH and a fine-tuning type."""
    return sdk.Job(
        kind="job", metadata=_metadata("custom-image"),
        algorithm=sdk.JobAlgorithm(
            engine=sdk.JobEngine(image_url=IMAGE), command="cd /home/ma-user/ddp_demo && sh run_ddp.sh",
            environments={"NCCL_DEBUG": "INFO", "NCCL_IB_DISABLE": "0"},
            **_io("/ml-team-data/data/", "/ml-team-data/ddp-output/")),
        spec=sdk.Spec(resource=sdk.SpecResource(flavor_id="modelarts.p3.large.public.free", node_count=1)),
        endpoints=sdk.JobEndpointsReq(ssh=sdk.SSHReq(key_pair_names=["KeyPair-training"])),
        train_type="SFT",
    )


def dedicated_pool() -> sdk.Job:
    """A preset framework in a custom image on a dedicated pool, with volumes and node affinity."""
    terms = [sdk.NodeSelectorTerm(
        match_expressions=[sdk.NodeSelectorRequirement(key="node-type", operator="In", values=["a100"])],
        match_fields=[sdk.NodeSelectorRequirement(key="cpu", operator="Gt", values=["16"])])]
    return sdk.Job(
        kind="job", metadata=_metadata("dedicated-pool"),
        algorithm=sdk.JobAlgorithm(
            code_dir="/ml-team-data/code/", boot_file="/ml-team-data/code/train.py",
            engine=sdk.JobEngine(engine_name=ENGINE_NAME, engine_version=ENGINE_VERSION, image_url=IMAGE,
                                 install_sys_packages=True),
            **_io("/ml-team-data/data/", "/ml-team-data/output/")),
        spec=sdk.Spec(
            resource=sdk.SpecResource(
                flavor_id="modelarts.pool.visual.8xlarge", node_count=2, pool_id=POOL,
                main_container_customized_flavor=sdk.MainContainerCustomizedFlavor(
                    cpu_core_num=8, mem_size=64, accelerator_num=1)),
            volumes=[sdk.SpecVolumes(nfs=sdk.Nfs(nfs_server_path="192.168.0.82:/", local_path="/home/ma-user/nfs/",
                                                 read_only=False)),
                     sdk.SpecVolumes(obs=sdk.Obs(obs_path="/ml-team-data/shared/", local_path="/home/ma-user/obs/"))],
            schedule_policy=sdk.SchedulePolicy(
                required_affinity=sdk.RequiredAffinity(
                    affinity_type="hyperinstance", affinity_group_size=4,
                    node_affinity=sdk.NodeSelector(node_selector_terms=terms)),
                priority=2, preemptible=False),
            log_export_path=sdk.LogExportPath(obs_url="/ml-team-data/logs/"),
            reserved_time=sdk.ReserveTime(time_unit="HOURS", duration=1)),
    )


def preferred_affinity() -> sdk.Job:
    """A subscribed algorithm on a dedicated CPU pool (no flavor) with preferred node affinity."""
    preference = sdk.NodeSelectorTerm(match_expressions=[
        sdk.NodeSelectorRequirement(key="zone", operator="Exists")])
    return sdk.Job(
        kind="job", metadata=_metadata("subscribed"),
        algorithm=sdk.JobAlgorithm(subscription_id="8b2f3a6e-5c1d-4e7f-9a0b-1c2d3e4f5a6b", item_version_id="1.0.0",
                                   **_io("/ml-team-data/data/", "/ml-team-data/output/")),
        spec=sdk.Spec(
            resource=sdk.SpecResource(pool_id=POOL, node_count=1),
            schedule_policy=sdk.SchedulePolicy(preferred_affinity=sdk.PreferredAffinity(
                node_affinity=[sdk.PreferredSchedulingTerm(weight=50, preference=preference)]))),
    )


VARIANTS: dict[str, Callable[[], sdk.Job]] = {
    "saved-algorithm": saved_algorithm,
    "preset-engine": preset_engine,
    "custom-image": custom_image,
    "dedicated-pool": dedicated_pool,
    "subscribed-preferred-affinity": preferred_affinity,
}
