#!/usr/bin/env python3
"""Builds picolibc's libc.a and libm.a for every core from its meson
configuration, many sources per compiler process (run by libc/CMakeLists.txt).

    build-picolibc.py MESON_DIR STAGE --clang CLANG --ar AR [--ninja NINJA] [--jobs N] ARCHIVE...

ARCHIVE names an archive of the meson build (lib<core>/libc.a,
empty-libs/lib<core>/libm.a); each is written where `meson install` would
put it under STAGE, and picolibc's headers go to STAGE/include, as
`meson install` puts them.

Why not ninja: picolibc is about 790 small files per core, and a clang
process costs about 0.1 s of CPU before it compiles a line (loading
libLLVM and libclang-cpp), several times what most of these files cost to
compile.  `clang -cc1` compiles every input it is given, one after the
other, in one process, so this script asks the driver once per set of
flags (`clang -###`) for its cc1 command and hands it a chunk of sources.
cc1 writes each object next to its input, so the inputs are named under a
directory of this script's (OBJ_ROOT/<set>/...), which a VFS overlay maps
onto the picolibc tree: quoted includes resolve as in the tree, __FILE__
is mapped back to the path meson gives (-fmacro-prefix-map), and the
objects are then moved to the paths meson would write them to, so the
archive members keep meson's names (libc/excluded.txt lists them).
Assembly sources run one process each, with meson's own command.

There is no per-file dependency tracking: CMake runs this again when the
meson configuration or the patched picolibc tree changes (its hash stamp),
and the script rebuilds everything, which costs less than ninja's first
build did.
"""
import argparse
import concurrent.futures
import json
import os
import shlex
import shutil
import subprocess
import sys

DROP_WITH_VALUE = {"-o", "-MQ", "-MF", "-MT"}
DROP = {"-MD", "-MMD", "-c"}


def fail(msg):
    print(f"build-picolibc: error: {msg}", file=sys.stderr)
    sys.exit(1)


def archive_members(ninja, meson_dir, archive):
    """The objects of ARCHIVE in order, asked of ninja (`ninja -t query`)."""
    out = subprocess.run([ninja, "-C", meson_dir, "-t", "query", archive], check=True,
                         capture_output=True, text=True).stdout
    members, in_input = [], False
    for line in out.splitlines():
        if line.startswith("  input:"):
            in_input = True
            continue
        if line.startswith("  ") and not line.startswith("    "):
            in_input = False
            continue
        item = line.strip()
        if in_input and item and not item.startswith("|"):
            members.append(item)
    if not members:
        fail(f"meson's build has no objects for {archive}")
    return members


def split_command(entry, clang):
    """(flags, source) of a compile_commands entry: the compiler from CLANG
    on, without the output, dependency-file and source arguments (a
    launcher such as ccache before it is dropped)."""
    args = shlex.split(entry["command"])
    names = {os.path.basename(clang), "clang", "clang-19"}
    starts = [i for i, a in enumerate(args) if os.path.basename(a) in names]
    if not starts:
        fail(f"no clang in the command for {entry['output']}")
    args = args[starts[0]:]
    flags, i = [], 1
    while i < len(args):
        a = args[i]
        if a in DROP_WITH_VALUE:
            i += 2
            continue
        if a in DROP or a == entry["file"]:
            i += 1
            continue
        flags.append(a)
        i += 1
    return [clang] + flags, entry["file"]


def cc1_command(flags, source, cwd):
    """The driver's cc1 command for FLAGS, without the source and output."""
    res = subprocess.run(flags + ["-c", source, "-o", "/dev/null", "-###"], cwd=cwd,
                         capture_output=True, text=True)
    if res.returncode != 0:
        fail(f"clang -### failed for {source}:\n{res.stderr}")
    jobs = [shlex.split(l) for l in res.stderr.splitlines() if '"-cc1"' in l]
    if len(jobs) != 1:
        return None
    cmd, out, i = [], jobs[0], 0
    while i < len(out):
        a = out[i]
        if a in ("-o", "-main-file-name", "-dependency-file", "-MT"):
            i += 2
            continue
        if a == source or a == "-sys-header-deps":
            i += 1
            continue
        cmd.append(a)
        i += 1
    return cmd


def run(cmd, cwd, what):
    res = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if res.returncode != 0:
        return f"{what}:\n{res.stdout}{res.stderr}"
    return None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("meson_dir")
    p.add_argument("stage")
    p.add_argument("archives", nargs="+")
    p.add_argument("--clang", required=True)
    p.add_argument("--ar", required=True)
    p.add_argument("--ninja", default="ninja")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--chunk", type=int, default=96, help="most sources per compiler process")
    o = p.parse_args()
    mdir = os.path.abspath(o.meson_dir)
    stage = os.path.abspath(o.stage)

    installed = json.load(open(os.path.join(mdir, "meson-info", "intro-installed.json")))
    entries = {e["output"]: e for e in json.load(open(os.path.join(mdir, "compile_commands.json")))}

    # What to build: the archives' members.
    members = {a: archive_members(o.ninja, mdir, a) for a in o.archives}
    wanted = []
    for a in o.archives:
        if os.path.join(mdir, a) not in installed:
            fail(f"meson installs no {a}")
        for m in members[a]:
            if m not in entries:
                fail(f"{a}: no compile command for its member {m}")
            wanted.append(m)
    wanted = list(dict.fromkeys(wanted))

    # The picolibc tree the sources are in (meson gives them relative to its
    # build directory): the root the overlays map.
    srcs = {os.path.normpath(os.path.join(mdir, entries[m]["file"])) for m in wanted}
    root = os.path.commonpath(list(srcs))
    while not os.path.exists(os.path.join(root, "meson.build")) and root != "/":
        root = os.path.dirname(root)
    rel_root = os.path.relpath(root, mdir)

    objroot = os.path.join(os.path.dirname(mdir), "objects")
    shutil.rmtree(objroot, ignore_errors=True)
    os.makedirs(objroot)

    # Sets of sources compiled with the same flags.
    groups, singles = {}, []
    for m in wanted:
        flags, src = split_command(entries[m], o.clang)
        if src.endswith(".c"):
            groups.setdefault(tuple(flags), []).append(m)
        else:
            singles.append(m)

    tasks = []  # (command, what, [(cc1 output, meson output)])
    for gi, (flags, outs) in enumerate(groups.items()):
        vroot = os.path.join(objroot, f"set{gi}")
        first = entries[outs[0]]["file"]
        cc1 = cc1_command(list(flags), first, mdir)
        if cc1 is None:  # not a single cc1 job: meson's commands as they are
            singles.extend(outs)
            continue
        overlay = os.path.join(objroot, f"set{gi}.yaml")
        with open(overlay, "w") as f:
            json.dump({"version": 0, "roots": [
                {"name": vroot, "type": "directory-remap", "external-contents": root}]}, f)
        cc1 += ["-ivfsoverlay", overlay, f"-fmacro-prefix-map={vroot}={rel_root}"]
        pairs = []
        for m in outs:
            src = os.path.normpath(os.path.join(mdir, entries[m]["file"]))
            vsrc = os.path.join(vroot, os.path.relpath(src, root))
            os.makedirs(os.path.dirname(vsrc), exist_ok=True)
            pairs.append((vsrc, os.path.splitext(vsrc)[0] + ".o", m))
        n = max(1, min(o.chunk, -(-len(pairs) // (o.jobs * 2))))
        for i in range(0, len(pairs), n):
            chunk = pairs[i:i + n]
            tasks.append((cc1 + [c[0] for c in chunk], f"compiling {len(chunk)} sources of set {gi}",
                          [(c[1], c[2]) for c in chunk]))
    for m in singles:
        tasks.append((shlex.split(entries[m]["command"]), f"compiling {m}", []))
        os.makedirs(os.path.join(mdir, os.path.dirname(m)), exist_ok=True)

    errors = []
    with concurrent.futures.ThreadPoolExecutor(o.jobs) as pool:
        for err in pool.map(lambda t: run(t[0], mdir, t[1]), tasks):
            if err:
                errors.append(err)
    if errors:
        fail("\n".join(errors[:3]))
    for _, _, moves in tasks:
        for made, dest in moves:
            dest = os.path.join(mdir, dest)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            os.replace(made, dest)
    shutil.rmtree(objroot)

    # The archives (deterministic, in meson's member order), written where
    # meson install would put them.
    for a in o.archives:
        dest = installed[os.path.join(mdir, a)]
        if not dest.startswith(stage + os.sep):
            fail(f"meson installs {a} to {dest}, outside {stage}")
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        rsp = dest + ".rsp"
        with open(rsp, "w") as f:
            f.write("\n".join(members[a]) + "\n")
        tmp = dest + ".new"
        if os.path.exists(tmp):
            os.remove(tmp)
        err = run([o.ar, "csrD", tmp, "@" + rsp], mdir, f"archiving {a}")
        if err:
            fail(err)
        os.remove(rsp)
        os.replace(tmp, dest)

    # The headers, from the tree or as meson configured them.
    inc = os.path.join(stage, "include") + os.sep
    for src, dest in installed.items():
        if dest.startswith(inc):
            if not os.path.exists(src):
                fail(f"{src} (installed as {dest}) does not exist: it is built, not configured")
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            if not os.path.exists(dest) or open(src, "rb").read() != open(dest, "rb").read():
                shutil.copy2(src, dest)
    print(f"build-picolibc: {len(wanted)} objects in {len(tasks)} compiler processes, "
          f"{len(o.archives)} archives")


if __name__ == "__main__":
    main()
