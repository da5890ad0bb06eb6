"""Realistic training-job configurations for the benchmarks, written deterministically.

Three shapes of valid configuration (code directory + engine, custom image +
command, built-in algorithm), and invalid ones made from them by the
mistakes people actually make: a misspelt field, a number written as a
string, a missing required field, a bad name, an ``obs://`` scheme, two
data sources at once. The same for v2 bodies (``POST /v2/.../training-jobs``):
own code on a preset engine, a custom image with its command, a saved
algorithm, and their common mistakes.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

_MODELS = ("resnet50", "bert-base", "yolov5s", "mobilenet-v3", "vit-b16", "lstm-tagger", "unet")
_REGISTRY = "swr.cn-north-4.myhuaweicloud.com"
_BUCKETS = ("ml-team-data", "cv-datasets", "nlp-corpora", "ai-train-01", "project.models")
_HYPER = (
    ("learning_rate", ("0.1", "0.01", "0.001", "3e-4")),
    ("batch_size", ("16", "32", "64", "128")),
    ("epochs", ("10", "30", "90")),
    ("momentum", ("0.9", "0.95")),
    ("weight_decay", ("1e-4", "5e-5")),
    ("num_workers", ("4", "8")),
    ("optimizer", ("sgd", "adam", "adamw")),
    ("seed", ("0", "42", "1234")),
)


def valid_config(rng: random.Random, index: int) -> dict[str, Any]:
    """One clean configuration, in one of three shapes."""
    model = rng.choice(_MODELS)
    bucket = rng.choice(_BUCKETS)
    name = f"{model}-train-{index:05d}"
    config: dict[str, Any] = {
        "config_name": name,
        "config_desc": f"{model} on {bucket}, run {index}",
        "worker_server_num": rng.choice((1, 1, 2, 4)),
        "spec_id": rng.choice((1, 2, 3, 4, 5)),
    }
    params = rng.sample(_HYPER, rng.randint(2, len(_HYPER)))
    shape = index % 3
    if shape == 0:  # code directory + engine
        config["app_url"] = f"/{bucket}/code/{model}/"
        config["boot_file_url"] = f"/{bucket}/code/{model}/train.py"
        config["engine_id"] = rng.choice((1, 2, 26, 34))
        config["data_url"] = f"/{bucket}/data/{model}/"
    elif shape == 1:  # custom image + command
        config["user_image_url"] = f"{_REGISTRY}/ml-team/{model}:v{index % 9 + 1}.0"
        config["user_command"] = (
            "bash /home/work/run_train.sh python /home/work/user-job-dir/code/train.py "
            f"--model {model}"
        )
        config["app_url"] = f"/{bucket}/code/"
        config["boot_file_url"] = f"/{bucket}/code/train.py"
        config["engine_id"] = 1
        config["data_source"] = [{"type": "obs", "data_url": f"/{bucket}/data/{model}/"}]
    else:  # built-in algorithm + dataset
        config["model_id"] = rng.randint(1, 400)
        config["dataset_id"] = f"{rng.getrandbits(128):032x}"
        config["dataset_version_id"] = f"{rng.getrandbits(128):032x}"
    config["parameter"] = [{"label": k, "value": rng.choice(v)} for k, v in params]
    config["train_url"] = f"/{bucket}/output/{name}/"
    config["log_url"] = f"/{bucket}/logs/{name}/"
    return config


def _typo(c: dict[str, Any], rng: random.Random) -> None:
    key = rng.choice([k for k in ("data_url", "train_url", "log_url", "spec_id") if k in c])
    c[key.replace("_", "", 1)] = c.pop(key)


def _string_number(c: dict[str, Any], rng: random.Random) -> None:
    c["worker_server_num"] = str(c.get("worker_server_num", 1))


def _missing(c: dict[str, Any], rng: random.Random) -> None:
    c.pop(rng.choice(("spec_id", "config_name")), None)


def _bad_name(c: dict[str, Any], rng: random.Random) -> None:
    c["config_name"] = c.get("config_name", "my job").replace("-", " ") + "!"


def _scheme(c: dict[str, Any], rng: random.Random) -> None:
    key = "train_url" if "train_url" in c else "log_url"
    c[key] = "obs:/" + c.get(key, "/ml-team-data/output/")


def _two_sources(c: dict[str, Any], rng: random.Random) -> None:
    c["data_url"] = "/" + rng.choice(_BUCKETS) + "/extra/"


def _bad_param(c: dict[str, Any], rng: random.Random) -> None:
    c["parameter"].append({"label": "dropout", "value": 0.5, "note": "x"})


_MISTAKES = (_typo, _string_number, _missing, _bad_name, _scheme, _two_sources, _bad_param)


def invalid_config(rng: random.Random, index: int) -> dict[str, Any]:
    """A configuration with one to three realistic mistakes."""
    config = valid_config(rng, index)
    for mistake in rng.sample(_MISTAKES, rng.randint(1, 3)):
        mistake(config, rng)
    return config


def large_config(items: int) -> dict[str, Any]:
    """A clean configuration with ``items`` parameter items (unique labels)."""
    config = valid_config(random.Random(7), 0)
    config["parameter"] = [
        {"label": f"param_{i:06d}", "value": f"{i * 0.001:.3f}"} for i in range(items)
    ]
    return config


def _yaml_scalar(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def to_yaml(config: dict[str, Any], comment: str) -> str:
    """Block-style YAML as people write it: a comment, plain keys, quoted strings."""
    lines = [f"# {comment}"]
    for key, value in config.items():
        if isinstance(value, list):
            lines.append(f"{key}:")
            for item in value:
                first = True
                for k, v in item.items():
                    lines.append(f"  {'- ' if first else '  '}{k}: {_yaml_scalar(v)}")
                    first = False
        else:
            lines.append(f"{key}: {_yaml_scalar(value)}")
    return "\n".join(lines) + "\n"


def to_json(config: dict[str, Any]) -> str:
    """Pretty JSON as editors save it."""
    return json.dumps(config, indent=2) + "\n"


def valid_v2(rng: random.Random, index: int) -> dict[str, Any]:
    """One clean v2 body, in one of three shapes."""
    model, bucket = rng.choice(_MODELS), rng.choice(_BUCKETS)
    name = f"{model}-train-{index:05d}"
    params = [{"name": k, "value": rng.choice(v)} for k, v in rng.sample(_HYPER, rng.randint(2, len(_HYPER)))]
    algorithm: dict[str, Any] = {"parameters": params}
    shape = index % 3
    if shape == 0:  # own code on a preset engine
        algorithm.update(code_dir=f"obs://{bucket}/code/{model}/", boot_file=f"obs://{bucket}/code/{model}/train.py",
                         engine={"engine_name": "PyTorch", "engine_version": "pytorch_1.8.0-cuda_10.2-py_3.7"})
    elif shape == 1:  # custom image with its command
        algorithm.update(engine={"image_url": f"ml-team/{model}:v{index % 9 + 1}.0"},
                         command=f"cd /home/ma-user/code && python train.py --model {model}",
                         environments={"NCCL_DEBUG": "INFO", "MODEL": model})
    else:  # a saved algorithm
        algorithm["id"] = f"{rng.getrandbits(128):032x}"
    algorithm["inputs"] = [{"name": "data_url", "remote": {"obs": {"obs_url": f"/{bucket}/data/{model}/"}}}]
    algorithm["outputs"] = [{"name": "train_url", "remote": {"obs": {"obs_url": f"/{bucket}/output/{name}/"}}}]
    resource = {"flavor_id": rng.choice(("modelarts.vm.cpu.8u", "modelarts.p3.large.public.free")),
                "node_count": rng.choice((1, 1, 2))}
    return {"kind": "job", "metadata": {"name": name, "description": f"{model} on {bucket}"},
            "algorithm": algorithm,
            "spec": {"resource": resource, "log_export_path": {"obs_url": f"/{bucket}/logs/{name}/"}}}


def _v2_mistake(body: dict[str, Any], rng: random.Random) -> None:
    algorithm, resource = body["algorithm"], body["spec"]["resource"]
    choice = rng.randrange(6)
    if choice == 0:
        algorithm["code_dir" if "id" in algorithm else "id"] = "/ml-team-data/code/"  # two sources
    elif choice == 1:
        algorithm["environments"] = {"LOG-LEVEL": "debug"}
    elif choice == 2:
        resource["flavor_id"] = "modelarts.pool.visual.xlarge"  # without pool_id
    elif choice == 3:
        resource["node_count"] = str(resource["node_count"])
    elif choice == 4:
        algorithm["inputs"].append(dict(algorithm["inputs"][0]))
    else:
        body["metadata"]["name"] += " (copy)"


def invalid_v2(rng: random.Random, index: int) -> dict[str, Any]:
    """A v2 body with one to three realistic mistakes."""
    body = valid_v2(rng, index)
    for _ in range(rng.randint(1, 3)):
        _v2_mistake(body, rng)
    return body


def _nested_yaml(value: Any, indent: str) -> list[str]:
    """Block YAML of nested mappings and lists, strings quoted (as ``to_yaml`` writes them)."""
    lines: list[str] = []
    for key, item in value.items():
        if isinstance(item, dict) and item:
            lines += [f"{indent}{key}:", *_nested_yaml(item, indent + "  ")]
        elif isinstance(item, list) and item:
            lines.append(f"{indent}{key}:")
            for element in item:
                inner = _nested_yaml(element, indent + "    ")
                lines += [f"{indent}  - {inner[0].lstrip()}", *inner[1:]]
        else:
            lines.append(f"{indent}{key}: {_yaml_scalar(item) if item or item == 0 else json.dumps(item)}")
    return lines


def _render(body: dict[str, Any], fmt: str, comment: str, v2: bool) -> str:
    if fmt == "json":
        return to_json(body)
    if v2:
        return "\n".join([f"# {comment}", *_nested_yaml(body, "")]) + "\n"
    return to_yaml(body, comment)


def write_set(folder: Path, count: int, fmt: str, valid: bool, seed: int = 1, v2: bool = False) -> list[str]:
    """Write ``count`` files into ``folder`` (once; reused when present); their names, relative."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{seed}-{fmt}-{valid}" + ("-v2" if v2 else ""))
    names = [f"{folder.name}/training-job-{i:05d}.{fmt}" for i in range(count)]
    marker = folder / ".complete"
    if marker.exists():
        return names
    make = (valid_v2 if valid else invalid_v2) if v2 else (valid_config if valid else invalid_config)
    for i, name in enumerate(names):
        text = _render(make(rng, i), fmt, f"training job {i}", v2)
        (folder.parent / name).write_text(text, encoding="utf-8")
    marker.write_text("", encoding="utf-8")
    return names


def write_large(root: Path, items: int, fmt: str) -> str:
    """Write the large configuration once; its name relative to ``root``."""
    name = f"large-{items}.{fmt}"
    path = root / name
    if not path.exists():
        config = large_config(items)
        text = to_yaml(config, "large") if fmt == "yaml" else to_json(config)
        path.write_text(text, encoding="utf-8")
    return name
