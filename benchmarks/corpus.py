"""Realistic training-job configurations for the benchmarks, written deterministically.

Three shapes of valid configuration (code directory + engine, custom image +
command, built-in algorithm), and invalid ones made from them by the
mistakes people actually make: a misspelt field, a number written as a
string, a missing required field, a bad name, an ``obs://`` scheme, two
data sources at once.
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


def write_set(folder: Path, count: int, fmt: str, valid: bool, seed: int = 1) -> list[str]:
    """Write ``count`` files into ``folder`` (once; reused when present); their names, relative."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{seed}-{fmt}-{valid}")
    names = [f"{folder.name}/training-job-{i:05d}.{fmt}" for i in range(count)]
    marker = folder / ".complete"
    if marker.exists():
        return names
    for i, name in enumerate(names):
        config = valid_config(rng, i) if valid else invalid_config(rng, i)
        text = to_yaml(config, f"training job {i}") if fmt == "yaml" else to_json(config)
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
