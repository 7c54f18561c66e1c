#!/usr/bin/env python3
"""Evaluation harness for `booth listen` (see README.md). Python 3 standard library only.

Synthesises the speeches in speeches.json with espeak-ng (cached in ./out, git-ignored), runs
`booth listen --json` on them and scores the prompts against the ground truth.

    nice -n 10 python3 eval/listen/run.py                  # everything
    python3 eval/listen/run.py --langs en --threads 1 --sentences 3 --no-realtime   # a quick subset
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(HERE, "out")
GAP_S = 0.6          # silence between sentences
TOLERANCE_S = 2.0    # a prompt belongs to a sentence if its audio time is within the sentence ±2 s
AT = "2021-07-07T14:20:00+09:00"


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def duration(path):
    return float(sh(["soxi", "-D", path]).stdout.strip())


def synthesise(lang, spec, n_sentences):
    """One WAV per sentence, concatenated with GAP_S of silence; returns (wav, timed sentences)."""
    os.makedirs(OUT, exist_ok=True)
    gi = os.path.join(OUT, ".gitignore")
    if not os.path.exists(gi):
        with open(gi, "w") as f:
            f.write("*\n")
    sentences = spec["sentences"][:n_sentences]
    gap = os.path.join(OUT, "gap.wav")
    if not os.path.exists(gap):
        sh(["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", gap, "trim", "0", str(GAP_S)])
    parts, timed, t = [], [], 0.0
    for i, s in enumerate(sentences):
        raw = os.path.join(OUT, f"{lang}-{i:02d}-raw.wav")
        wav = os.path.join(OUT, f"{lang}-{i:02d}.wav")
        txt = os.path.join(OUT, f"{lang}-{i:02d}.txt")
        if not (os.path.exists(wav) and os.path.exists(txt) and open(txt, encoding="utf-8").read() == s["text"]):
            sh(["espeak-ng", "-v", spec["voice"], "-s", "150", "-w", raw, s["text"]])
            sh(["sox", raw, "-r", "16000", "-c", "1", "-b", "16", wav])
            with open(txt, "w", encoding="utf-8") as f:
                f.write(s["text"])
        d = duration(wav)
        n = len(s["text"])
        items = []
        for kind, key in (("term", "terms"), ("person", "people"), ("number", "numbers")):
            for it in s[key]:
                pos = s["text"].index(it["say"])
                end_char = pos + len(it["say"])
                items.append({
                    "kind": kind,
                    "id": it.get("id"),
                    "value": it.get("value"),
                    "say": it["say"],
                    # proportional-by-characters estimate of when the item is spoken (see README)
                    "start_s": t + d * pos / n,
                    "end_s": t + d * end_char / n,
                })
        timed.append({"index": i, "text": s["text"], "start_s": t, "end_s": t + d, "items": items})
        parts += [wav, gap]
        t += d + GAP_S
    speech = os.path.join(OUT, f"{lang}-speech-{len(sentences)}.wav")
    sh(["sox"] + parts + [speech])
    return speech, timed, duration(speech)


EXTRA = []


def run_booth(booth, model, lang, wav, threads, realtime):
    cmd = [booth, "listen", "--model", model, "--lang", lang, "--threads", str(threads),
           "--cooldown", "0", "--at", AT, "--json"]
    if realtime:
        cmd.append("--realtime")
    cmd += EXTRA
    cmd.append(wav)
    timev = ["/usr/bin/time", "-v"] if os.path.exists("/usr/bin/time") else []
    t0 = time.monotonic()
    p = subprocess.run(timev + cmd, capture_output=True, text=True, cwd=REPO)
    wall = time.monotonic() - t0
    lines = [json.loads(l) for l in p.stdout.splitlines() if l.strip().startswith("{")]
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    peak_mb = int(m.group(1)) / 1024 if m else None
    summ = re.search(r"(\d+) steps, mean (\d+) ms per step, ([\d.]+) s in all", p.stderr)
    return {
        "cmd": " ".join(cmd),
        "exit": p.returncode,
        "wall_s": wall,
        "peak_rss_mb": peak_mb,
        "steps": int(summ.group(1)) if summ else None,
        "mean_step_ms": int(summ.group(2)) if summ else None,
        "summary": [l for l in p.stderr.splitlines() if l.startswith("booth listen")],
        "lines": lines,
    }


def pct(xs, q):
    if not xs:
        return None
    xs = sorted(xs)
    k = (len(xs) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def score(timed, lines):
    """Match prompts to the ground truth; returns metrics and per-prompt verdicts."""
    prompts = [l for l in lines if l.get("type") == "prompt"]
    problems = [l.get("message") for l in lines if l.get("type") == "problem"]
    matched = set()   # (sentence index, item index)
    verdicts = []
    tp = fp = dup = 0
    n_exact = n_wrong = n_dup_num = 0
    for pr in prompts:
        p = pr["prompt"]
        t = pr["audioMs"] / 1000.0
        near = [s for s in timed if s["start_s"] - TOLERANCE_S <= t <= s["end_s"] + TOLERANCE_S]
        if p["kind"] == "number":
            val = ((p.get("number") or {}).get("value") or {}).get("value")
            cands = [(s["index"], j, it) for s in near for j, it in enumerate(s["items"])
                     if it["kind"] == "number" and it["value"] == val]
        else:
            cands = [(s["index"], j, it) for s in near for j, it in enumerate(s["items"])
                     if it["kind"] == p["kind"] and it["id"] == p.get("id")]
        fresh = [c for c in cands if (c[0], c[1]) not in matched]
        if fresh:
            si, j, it = min(fresh, key=lambda c: abs(c[2]["end_s"] - t))
            matched.add((si, j))
            verdict = "exact" if p["kind"] == "number" else "correct"
            verdicts.append({"verdict": verdict, "item": it, "prompt": pr})
            if p["kind"] == "number":
                n_exact += 1
            else:
                tp += 1
        elif cands:
            verdicts.append({"verdict": "duplicate", "prompt": pr})
            if p["kind"] == "number":
                n_dup_num += 1
            else:
                dup += 1
        else:
            verdicts.append({"verdict": "wrong" if p["kind"] == "number" else "false-positive", "prompt": pr})
            if p["kind"] == "number":
                n_wrong += 1
            else:
                fp += 1
    expected_tn = [(s["index"], j) for s in timed for j, it in enumerate(s["items"]) if it["kind"] != "number"]
    expected_num = [(s["index"], j) for s in timed for j, it in enumerate(s["items"]) if it["kind"] == "number"]
    missed_items = [timed[si]["items"][j] for si, j in expected_tn + expected_num if (si, j) not in matched]
    n_missed_num = sum(1 for k in expected_num if k not in matched)
    return {
        "prompts": len(prompts),
        "term_person": {"expected": len(expected_tn), "correct": tp, "false_positive": fp, "duplicate": dup,
                        "precision": tp / (tp + fp) if tp + fp else None,
                        "recall": tp / len(expected_tn) if expected_tn else None},
        "numbers": {"expected": len(expected_num), "exact": n_exact, "wrong": n_wrong,
                    "missed": n_missed_num, "duplicate": n_dup_num},
        "problems": len(problems),
        "problem_examples": problems[:3],
        "verdicts": verdicts,
        "missed": [{"kind": it["kind"], "id": it["id"], "value": it["value"], "say": it["say"]} for it in missed_items],
    }


def latencies(verdicts, late=None):
    """Latency of each correct or exact prompt; `late` True/False keeps only prompts made from a late
    hearing (`"late": true`, words heard again after they were made final) or only the others."""
    out = []
    for v in verdicts:
        if v["verdict"] in ("correct", "exact"):
            if late is not None and bool(v["prompt"].get("late")) != late:
                continue
            out.append(v["prompt"]["elapsedMs"] - v["item"]["end_s"] * 1000.0)
    return out


# The ear-voice span: a prompt later than this after the word was said comes after the interpreter has
# already rendered it, so it no longer helps (issue 17: interpreters cope with up to ~3 s).
IN_TIME_MS = 3000


def in_time(verdicts, expected_terms, expected_numbers):
    """How many expected items were prompted within IN_TIME_MS of being said (realtime runs)."""
    ok = [v for v in verdicts if v["verdict"] in ("correct", "exact")
          and v["prompt"]["elapsedMs"] - v["item"]["end_s"] * 1000.0 <= IN_TIME_MS]
    terms = sum(v["verdict"] == "correct" for v in ok)
    numbers = sum(v["verdict"] == "exact" for v in ok)
    return f"{terms}/{expected_terms} + {numbers}/{expected_numbers}"


def fmt(x, spec="{:.2f}"):
    return "–" if x is None else spec.format(x)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--booth", default=os.path.join(REPO, "target", "debug", "booth"))
    ap.add_argument("--model", default=os.environ.get("BOOTH_WHISPER_MODEL",
                                                      os.path.join(REPO, "target", "models", "ggml-base.bin")))
    ap.add_argument("--langs", default="en,ko")
    ap.add_argument("--threads", default="1,2", help="thread counts for the as-fast-as-possible runs")
    ap.add_argument("--sentences", type=int, default=99, help="use only the first N sentences per language")
    ap.add_argument("--no-realtime", action="store_true", help="skip the --realtime latency runs")
    ap.add_argument("--realtime-threads", default="1",
                    help="thread counts for the --realtime runs (1: the app's default on two cores, which leaves one free)")
    ap.add_argument("--booth-args", default="", help="more arguments for booth listen, e.g. '--step-ms 500'")
    ap.add_argument("--results", default=os.path.join(HERE, "results.json"))
    args = ap.parse_args()
    global EXTRA
    EXTRA = args.booth_args.split()

    spec = json.load(open(os.path.join(HERE, "speeches.json"), encoding="utf-8"))
    model_name = os.path.basename(args.model)
    results = {"booth": args.booth, "model": args.model, "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
               "tolerance_s": TOLERANCE_S, "runs": []}
    rows = []
    for lang in args.langs.split(","):
        wav, timed, audio_s = synthesise(lang, spec[lang], args.sentences)
        plan = [(int(t), False) for t in args.threads.split(",")]
        if not args.no_realtime:
            plan += [(int(t), True) for t in args.realtime_threads.split(",")]
        for threads, realtime in plan:
            print(f"[{time.strftime('%H:%M:%S')}] {lang} threads={threads} realtime={realtime} audio={audio_s:.1f}s",
                  file=sys.stderr, flush=True)
            r = run_booth(args.booth, args.model, lang, wav, threads, realtime)
            sc = score(timed, r["lines"])
            lat = latencies(sc["verdicts"]) if realtime else []
            run = {"lang": lang, "model": model_name, "threads": threads, "realtime": realtime,
                   "audio_s": audio_s, "sentences": len(timed), "wall_s": r["wall_s"],
                   "rtf": None if realtime else r["wall_s"] / audio_s,
                   "steps": r["steps"], "mean_step_ms": r["mean_step_ms"], "peak_rss_mb": r["peak_rss_mb"],
                   "exit": r["exit"], "cmd": r["cmd"], "summary": r["summary"],
                   "latency_ms": {"n": len(lat), "median": pct(lat, 0.5), "p95": pct(lat, 0.95), "all": lat},
                   "late": {"prompts": sum(1 for v in sc["verdicts"] if v["prompt"].get("late")),
                            "correct": sum(1 for v in sc["verdicts"]
                                           if v["prompt"].get("late") and v["verdict"] in ("correct", "exact")),
                            "latency_ms": latencies(sc["verdicts"], True) if realtime else []},
                   **{k: v for k, v in sc.items()}, "ground_truth": timed}
            results["runs"].append(run)
            with open(args.results, "w", encoding="utf-8") as f:
                json.dump(results, f, ensure_ascii=False, indent=1)
            tpn, num = sc["term_person"], sc["numbers"]
            timely = in_time(sc["verdicts"], tpn["expected"], num["expected"]) if realtime else "–"
            run["in_time"] = timely
            rows.append("| {} | {} | {} | {} | {} | {} ({}/{}, {} FP, {} dup) | {} | {}/{}/{} of {} | {} | {} | {} | {} | {} | {} | {} |".format(
                lang, model_name, threads, "realtime" if realtime else "fast", f"{audio_s:.1f}",
                fmt(tpn["precision"]), tpn["correct"], tpn["correct"] + tpn["false_positive"], tpn["false_positive"], tpn["duplicate"],
                fmt(tpn["recall"]), num["exact"], num["wrong"], num["missed"], num["expected"],
                fmt(run["latency_ms"]["median"], "{:.0f}"), fmt(run["latency_ms"]["p95"], "{:.0f}"),
                timely, fmt(r["mean_step_ms"], "{:.0f}"), fmt(run["rtf"]), fmt(r["peak_rss_mb"], "{:.0f}"), sc["problems"]))
    results["finished"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    with open(args.results, "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False, indent=1)
    print("| lang | model | threads | mode | audio s | term+name precision | recall | numbers exact/wrong/missed | "
          "latency median ms | latency p95 ms | terms+names + numbers within 3 s | mean step ms | RTF | peak RSS MB | "
          "step problems |")
    print("|" + "---|" * 15)
    for r in rows:
        print(r)
    for run in results["runs"]:
        late = run["late"]
        if late["prompts"]:
            on_time = latencies(run["verdicts"], False) if run["realtime"] else []
            print(f"\n{run['lang']} threads={run['threads']} realtime={run['realtime']}: {late['prompts']} prompt(s) "
                  f"heard late, {late['correct']} correct" +
                  (f"; their latency ms {[round(x) for x in late['latency_ms']]}; the others' median "
                   f"{fmt(pct(on_time, 0.5), '{:.0f}')}, p95 {fmt(pct(on_time, 0.95), '{:.0f}')}" if run["realtime"] else ""))
    for run in results["runs"]:
        odd = [v for v in run["verdicts"] if v["verdict"] in ("false-positive", "wrong")]
        if odd:
            print(f"\n{run['lang']} threads={run['threads']} realtime={run['realtime']}: false positives / wrong numbers:")
            for v in odd:
                p = v["prompt"]["prompt"]
                print("  ", json.dumps({"kind": p["kind"], "text": p["text"], "id": p.get("id"),
                                        "number": p.get("number", {}) and p["number"]["value"],
                                        "audioMs": v["prompt"]["audioMs"]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
