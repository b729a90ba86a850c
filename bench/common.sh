# bench/common.sh -- shared by bench/run and bench/jvm-options (sourced, not run).
#
# Needs: $here (bench/), $work (bench/.work), $tmp (a scratch folder), $seed, die() and say().

gen_src=$here/GenCorpus.java

# corpus N: generates N articles with bench/GenCorpus.java, once per N, seed and generator version,
# into $work/corpus/nN-sS/posts (Hugo's --contentDir is the parent). Sets CORPUS and STATS.
corpus() {
  local n=$1 key=n$1-s$seed dir=$work/corpus/n$1-s$seed
  local gen_sha; gen_sha=$(sha256sum "$gen_src" | cut -c1-16)
  [[ ${CORPUS-} == "$dir" && -f $dir.done ]] && return   # this run has it already
  CORPUS=$dir STATS=$dir.stats
  if [[ -f $dir.done && $(cat "$dir.done") == "$gen_sha" ]]; then
    say "corpus $key: cached"
    return
  fi
  say "corpus $key: generating $n articles"
  rm -rf "$dir" "$dir.done"; mkdir -p "$dir"
  local t0=$SECONDS
  # file.encoding: JDK 17 reads the source (Arabic vocabulary) in the locale's charset otherwise
  java -Dfile.encoding=UTF-8 "$gen_src" --n "$n" --seed "$seed" --out "$dir/posts" --stats "$STATS" \
    2>"$dir.gen.log" || die "corpus generation failed, see $dir.gen.log"
  local got; got=$(find "$dir/posts" -name '*.md' | wc -l)
  ((got == n)) || die "generator wrote $got files, expected $n"
  echo "$gen_sha" >"$dir.done"
  say "corpus $key: done in $((SECONDS - t0)) s ($(cat "$dir.gen.log"))"
}

# warraq_site N DIR: a fresh Warraq bench site in DIR (bench/site.yaml, a copy of the corpus in
# content/: Warraq refuses symlinks that leave content/), with no site/ and no cache.
warraq_site() {
  corpus "$1"
  rm -rf "$2"; mkdir -p "$2/content"
  cp "$here/site.yaml" "$2/"
  cp -r "$CORPUS/posts/." "$2/content/"
}

# need_gnu_time: installs GNU time (/usr/bin/time) with apt-get when it is missing.
need_gnu_time() {
  [[ -x /usr/bin/time ]] && return
  say "GNU time missing; installing it (apt-get install -y time)"
  apt-get install -y time >&2 || { apt-get update >&2 && apt-get install -y time >&2; } ||
    die "could not install GNU time (/usr/bin/time)"
}

# measure LOG CMD...: runs CMD under /usr/bin/time -v, output to LOG.
# Sets M_RC (exit status), M_WALL, M_CPU (user+sys, s) and M_RSS (peak resident set, MB).
# With M_THREADS=1 it also samples the command's threads every 0.2 s and sets M_JIT and M_GC
# (CPU s of the JIT compiler and GC threads, as last seen; the rest of M_CPU is the work).
measure() {
  local log=$1; shift
  M_RC=0 M_JIT=- M_GC=-
  sync   # flush the previous step's writes so they are not charged to this one
  local t0=$EPOCHREALTIME
  /usr/bin/time -v -o "$tmp/time" "${oom_first[@]}" "$@" >"$log" 2>&1 &
  local tpid=$!
  ((${M_THREADS:-0})) && sample_threads "$tpid" >"$tmp/threads"
  wait "$tpid" || M_RC=$?
  local t1=$EPOCHREALTIME
  # wall from bash's clock (ms resolution; time -v rounds to 10 ms), CPU and RSS from time -v
  read -r M_WALL M_CPU M_RSS < <(awk -F': ' -v t0="$t0" -v t1="$t1" '
    /User time/ { u = $2 }  /System time/ { s = $2 }
    /Maximum resident set size/ { r = $2 }
    END { printf "%.3f %.2f %.0f\n", t1 - t0, u + s, r / 1024 }' "$tmp/time")
  if ((${M_THREADS:-0})); then
    read -r M_JIT M_GC < <(awk -v hz="$(getconf CLK_TCK)" '
      { cpu[$1] = $3; name[$1] = $2 }   # tid name ticks: the last sample of each thread counts
      END { for (t in cpu) { if (name[t] ~ /^C[12]_CompilerThre/) j += cpu[t]
                             else if (name[t] ~ /^(GC_Thread|G1_|VM_Thread|VM_Periodic)/) g += cpu[t] }
            printf "%.2f %.2f\n", j / hz, g / hz }' "$tmp/threads")
  fi
}

# sample_threads PID: while PID (or its child, the JVM under time/choom) runs, prints
# "tid name user+sys-ticks" for each of its threads every 0.2 s (spaces in names become _).
sample_threads() {
  local pid=$1 jvm=""
  while kill -0 "$pid" 2>/dev/null; do
    [[ -z $jvm ]] && jvm=$(pgrep -n -P "$pid" || true)
    # a thread may end between the glob and the read: cat then fails, which is no error here
    [[ -n $jvm ]] && { cat /proc/"$jvm"/task/*/stat 2>/dev/null || true; } |
      awk '{ i = index($0, "("); j = match($0, /\) [A-Z] /)
             name = substr($0, i + 1, j - i - 1); gsub(/ /, "_", name)
             split(substr($0, j + 2), f, " ")   # f[1] = state: field 3, so utime = f[12]
             print $1, name, f[12] + f[13] }'
    sleep 0.2
  done
}
