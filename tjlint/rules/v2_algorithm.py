"""TJ701-TJ704, TJ712: what a v2 job runs (``algorithm``).

The job runs a saved algorithm (``id``), a subscribed one
(``subscription_id`` + ``item_version_id``), or the user's own code
(``code_dir`` + ``boot_file``) and/or a custom image (``engine.image_url`` +
``command``). A saved or subscribed algorithm brings its code and engine;
the pair rules do not look at code or engine fields beside one, because
TJ701 already asks to remove them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from tjlint.kinds import V2_KINDS
from tjlint.model import Context, Finding, Severity, pointer
from tjlint.rules import obs
from tjlint.rules.base import Rule
from tjlint.rules.examples import v2_example
from tjlint.rules.fields import filled, mapping, repeats

_SAVED = ("id", "subscription_id", "item_version_id")
_BRINGS = ("code_dir", "boot_file", "engine")
_WAYS = ("algorithm.id (a saved algorithm), subscription_id with item_version_id (a subscribed"
         " algorithm), code_dir with boot_file (your code), or engine.image_url with command (a"
         " custom image)")
_IMAGE = "swr.cn-north-4.myhuaweicloud.com/my-org/train:1.0"
_COMMAND = "python /home/ma-user/code/train.py --epochs 10"


def _at(*tokens: str | int) -> str:
    return pointer("algorithm", *tokens)


def saved_source(algo: Mapping[str, Any]) -> str | None:
    """The key that names a saved or subscribed algorithm (``id`` first), or None."""
    return next((k for k in _SAVED if filled(algo, k)), None)


def _check_source(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    algo = mapping(data, "algorithm")
    if algo is None:
        return
    engine = mapping(algo, "engine")
    source = saved_source(algo)
    own = any(filled(algo, k) for k in ("code_dir", "boot_file", "command")) or filled(engine, "image_url")
    if source is None:
        if not own:  # one half of a pair is the pair rules' to report
            yield Finding(_at(), f"nothing says what the job runs: set {_WAYS} (the API would"
                                 " answer ModelArts.0104)")
        return
    if source == "id" and (other := saved_source({k: algo.get(k) for k in _SAVED[1:]})):
        yield Finding(_at(other), f"{other} names a subscribed algorithm, but algorithm.id already"
                                  " names a saved one: keep one of them (the API would answer"
                                  " ModelArts.2814)", (_at("id"),), on_key=True)
    what = "saved algorithm (algorithm.id)" if source == "id" else "subscribed algorithm"
    for key in _BRINGS:
        if filled(algo, key):
            yield Finding(_at(key), f"the {what} brings its own code and engine: leave {key} out"
                                    " (the API would answer ModelArts.2814)", (_at(source),), on_key=True)


def _check_pairs(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    algo = mapping(data, "algorithm")
    if algo is None:
        return
    subscription, version = filled(algo, "subscription_id"), filled(algo, "item_version_id")
    if subscription != version:
        have, lack = ("subscription_id", "item_version_id") if subscription else (
            "item_version_id", "subscription_id")
        yield Finding(_at(have), f"{have} needs {lack}: a subscribed algorithm is named by both"
                                 " (the API would answer ModelArts.0104)", on_key=True)
    if saved_source(algo) is not None:
        return
    code, boot = filled(algo, "code_dir"), filled(algo, "boot_file")
    if boot and not code:
        yield Finding(_at("boot_file"), "boot_file needs code_dir, the code directory that holds it"
                                        " (the API would answer ModelArts.2757)", on_key=True)
    elif code and not boot and not filled(algo, "command"):
        yield Finding(_at("code_dir"), "code_dir needs boot_file, the file to run inside it, or a"
                                       " command that runs the code (the API would answer"
                                       " ModelArts.2758)", on_key=True)
    elif code and boot:
        yield from _inside(algo)


def _inside(algo: Mapping[str, Any]) -> Iterator[Finding]:
    code, boot = algo.get("code_dir"), algo.get("boot_file")
    if not (isinstance(code, str) and isinstance(boot, str)) or code.startswith("file://"):
        return
    code_dir, boot_file = obs.normalise(code), obs.normalise(boot)
    if code_dir is None or boot_file is None:
        return
    if boot_file != code_dir and obs.contains(code_dir, boot_file):
        return
    yield Finding(_at("boot_file"), f"boot_file '{boot}' is not inside the code directory code_dir"
                                    f" '{code}' (the API would answer ModelArts.2758"
                                    " BootFileDirError)", (_at("code_dir"),), on_key=True)


def _check_engine(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    algo, engine = mapping(data, "algorithm"), mapping(data, "algorithm", "engine")
    if algo is None or engine is None or saved_source(algo) is not None:
        return
    ident, name, version, image = (filled(engine, k) for k in
                                   ("engine_id", "engine_name", "engine_version", "image_url"))
    if ident and (name or version):
        key = "engine_name" if name else "engine_version"
        yield Finding(_at("engine", key), f"the engine is named twice, by engine_id and by {key}:"
                                          " keep engine_id alone, or engine_name with engine_version"
                                          " (the API would answer ModelArts.2780)",
                      (_at("engine", "engine_id"),), on_key=True)
    elif name != version and not (name and image):  # engine_name with image_url is documented
        have, lack = ("engine_name", "engine_version") if name else ("engine_version", "engine_name")
        yield Finding(_at("engine", have), f"{have} needs {lack}: a preset engine is named by both"
                                           " (the API would answer ModelArts.2780)", on_key=True)
    if engine.get("install_sys_packages") is True and not (name and version and image):
        missing = [k for k, v in (("engine_name", name), ("engine_version", version), ("image_url", image))
                   if not v]
        yield Finding(_at("engine", "install_sys_packages"),
                      "install_sys_packages installs a preset framework into a custom image: it"
                      f" needs engine_name, engine_version and image_url; add {', '.join(missing)}"
                      " (the API would answer ModelArts.0104)", on_key=True)


def _check_image(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    algo = mapping(data, "algorithm")
    if algo is None or saved_source(algo) is not None or not filled(mapping(algo, "engine"), "image_url"):
        return
    if not filled(algo, "command") and not (filled(algo, "code_dir") and filled(algo, "boot_file")):
        yield Finding(_at("engine", "image_url"),
                      "a custom image needs the command that starts it: add algorithm.command (the"
                      " API would answer ModelArts.2806 MustHaveCmdAndImage)", on_key=True)


def _check_parameters(data: Mapping[str, Any], ctx: Context) -> Iterator[Finding]:
    for index, first, name in repeats(data, "algorithm", "parameters"):
        yield Finding(_at("parameters", index, "name"),
                      f"parameter name '{name}' is already used by item {first}: each name may appear"
                      " once (the API would answer ModelArts.2767 ParameterKeyRepeat)",
                      (_at("parameters", first, "name"),))


_OWN_CODE = {"algorithm/code_dir": None, "algorithm/boot_file": None, "algorithm/engine": None}
_SAVED_ID = "3f5d6706-7b67-408d-8ba0-ec08048c45ed"
_LR = {"name": "learning_rate", "value": "0.01"}

RULES: tuple[Rule, ...] = (
    Rule(
        "TJ701", "algorithm-source", Severity.ERROR,
        "Not exactly one way to say what the job runs.",
        "A job runs one of: a saved algorithm (`algorithm.id`), a subscribed algorithm"
        " (`subscription_id` with `item_version_id`), or your own code (`code_dir` with"
        " `boot_file`) and/or a custom image (`engine.image_url` with `command`). With none of"
        " them the API would answer ModelArts.0104. A saved or subscribed algorithm brings its"
        " own code and engine: the API page says to leave `code_dir`, `boot_file` and `engine`"
        " blank, and a body that sets them would be answered with ModelArts.2814 (the job does"
        " not match the saved algorithm); the diagnostic points at each field to remove. When"
        " one half of a pair is written (a subscription without its version, a boot file"
        " without its code directory, an image without its command), TJ702 or TJ704 reports it"
        " instead. A `command` counts as your own code even without an image: a preset engine"
        " may run it, and the API accepts that.",
        good=v2_example({"algorithm": {"id": _SAVED_ID}}),
        bad=v2_example({"algorithm/id": _SAVED_ID, "algorithm/inputs": None, "algorithm/outputs": None}),
        check=_check_source, kinds=V2_KINDS,
    ),
    Rule(
        "TJ702", "algorithm-pairs", Severity.ERROR,
        "Half of subscription_id + item_version_id or of code_dir + boot_file, or a boot file outside"
        " its code directory.",
        "A subscribed algorithm is named by `subscription_id` and `item_version_id` together."
        " Your code is a code directory (`code_dir`) and the file that starts it (`boot_file`),"
        " which must lie inside the directory (paths compared folder by folder, `obs://b/p` and"
        " `/b/p` being the same place). A `code_dir` without `boot_file` is fine when a `command`"
        " runs the code. The API would answer ModelArts.2757 (code directory) or 2758 (boot"
        " file).",
        good=v2_example(),
        bad=v2_example({"algorithm/boot_file": "/my-bucket/code-old/train.py"}),
        check=_check_pairs, kinds=V2_KINDS,
    ),
    Rule(
        "TJ703", "engine-choice", Severity.ERROR,
        "The engine is named in more than one way, or by half a pair.",
        "`algorithm.engine` names a preset engine by `engine_id`, or by `engine_name` with"
        " `engine_version`, or gives a custom image (`image_url`). `engine_id` together with"
        " `engine_name` or `engine_version` names it twice; `engine_name` without"
        " `engine_version` (or the reverse) is half a name. A preset framework in a custom image"
        " (`engine_name` and `engine_version` with `image_url`) is fine, and so is `engine_name`"
        " with `image_url` alone, which the API page documents. `install_sys_packages: true`"
        " needs all of `engine_name`, `engine_version` and `image_url`. The API would answer"
        " ModelArts.2780 (engine not found) or 0104.",
        good=v2_example(),
        bad=v2_example({"algorithm/engine": {"engine_name": "PyTorch"}}),
        check=_check_engine, kinds=V2_KINDS,
    ),
    Rule(
        "TJ704", "image-needs-command", Severity.ERROR,
        "A custom image without the command that starts it.",
        "A custom image (`algorithm.engine.image_url`) is started by `algorithm.command`. Without"
        " a command (and without `code_dir` with `boot_file` for a preset framework to run) the"
        " API would answer ModelArts.2806 (MustHaveCmdAndImage). Add the command.",
        good=v2_example({**_OWN_CODE, "algorithm/engine": {"image_url": _IMAGE}, "algorithm/command": _COMMAND}),
        bad=v2_example({**_OWN_CODE, "algorithm/engine": {"image_url": _IMAGE}}),
        check=_check_image, kinds=V2_KINDS,
    ),
    Rule(
        "TJ712", "duplicate-parameter-name", Severity.ERROR,
        "Two algorithm.parameters items share a name.",
        "Each running parameter may appear once in `algorithm.parameters`; the API would answer"
        " ModelArts.2767 (ParameterKeyRepeat). The diagnostic points at the later item: remove"
        " it, or merge the two values.",
        good=v2_example({"algorithm/parameters": [_LR, {"name": "batch_size", "value": "32"}]}),
        bad=v2_example({"algorithm/parameters": [_LR, {"name": "learning_rate", "value": "0.1"}]}),
        check=_check_parameters, kinds=V2_KINDS,
    ),
)
