#!/usr/bin/env python3
"""Generate a deterministic benchmark corpus in the seed format.

Documents are built from templates written for this project (headlines,
datelines, nested lists of cities, figure-dense sentences, markup, print
artefacts); the same seed gives the same bytes.

    bench/gen_corpus.py --mb 10 --out /tmp/bench10          many small files
    bench/gen_corpus.py --mb 10 --out /tmp/big --single     one large file
"""
import argparse
import os
import random

CITIES = [("Tulsa", "Oklahoma", "Okla."), ("Omaha", "Nebraska", "Neb."), ("Akron", "Ohio", "Ohio"),
          ("Reno", "Nevada", "Nev."), ("Boise", "Idaho", "Idaho"), ("Fresno", "California", "Calif."),
          ("Mobile", "Alabama", "Ala."), ("Peoria", "Illinois", "Ill."), ("Macon", "Georgia", "Ga."),
          ("Flint", "Michigan", "Mich."), ("Camden", "New Jersey", "N.J."), ("Gary", "Indiana", "Ind."),
          ("Dayton", "Ohio", "Ohio"), ("Wichita", "Kansas", "Kan."), ("Toledo", "Ohio", "Ohio")]
PROGRAMS = ["Regional Gun Violence Task Force", "Safe Corridors Initiative",
            "Community Shield Partnership", "Operation Bright Harbor", "Project Clear Path"]
OFFICIALS = ["Attorney General Dana Whitfield", "Deputy Attorney General Marcus Ortega",
             "White House Press Secretary Lena Park"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def document(rng, n):
    program = rng.choice(PROGRAMS)
    city = rng.sample(CITIES, 6)
    year = rng.randint(2001, 2024)
    lines = []
    if rng.random() < 0.5:
        lines.append(f" date {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
                     f"{rng.choice(OFFICIALS)} announced the **{program}** today.")
    else:
        lines += ["JUSTICE NEWS", "", "FOR IMMEDIATE RELEASE", "",
                  f"Monday, {rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}", "",
                  f"{program} Expands to {rng.randint(3, 12)} Cities", ""]
    for _ in range(rng.randint(2, 5)):
        c = rng.choice(city)
        lines.append(f"Officials said {c[0]}, {c[2]} will receive about ${rng.randint(1, 90)}."
                     f"{rng.randint(0, 9)} million over a three-year period, and homicides fell "
                     f"from about {rng.randint(2, 9)},{rng.randint(100, 999)} annually to "
                     f"{rng.randint(1, 2)},{rng.randint(100, 999)} — a {rng.randint(5, 40)} percent "
                     f"drop — while {rng.randint(100, 400)} people are shot every day nationwide.")
        lines.append("")
    lines.append(f"{rng.choice(['Twelve', 'Six', 'Five'])} sites have been selected to join the "
                 f"{program}:")
    lines.append("")
    for c in city:
        lines.append(f"- · {c[0]}, {c[1]}")
        if rng.random() < 0.3:
            lines.append(f" - the *{c[0]} Police Department* and [its partners](#)")
    lines.append("")
    if rng.random() < 0.3:
        lines.append(f"The agencies involved are the FBI, the ATF, the Drug Enforcement")
        lines.append("")
        lines.append(f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{year} {program} | OPA | "
                     f"Department of Justice Administration and the U.S. Marshals Service.")
        lines.append("")
    lines.append(f"Topic(s): Violent Crime")
    return "\r\n".join(lines) if rng.random() < 0.1 else "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10, help="size in megabytes")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--single", action="store_true", help="one large file")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    target = int(args.mb * 1024 * 1024)
    written, n = 0, 0
    big = open(os.path.join(args.out, "corpus.txt"), "w", encoding="utf-8") if args.single else None
    while written < target:
        text = document(rng, n)
        if big:
            big.write(text + "\n")
        else:
            with open(os.path.join(args.out, f"doc{n:07d}.txt"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
        written += len(text.encode("utf-8"))
        n += 1
    if big:
        big.close()
    print(f"{n} documents, {written} bytes in {args.out}")


if __name__ == "__main__":
    main()
