#!/usr/bin/env bash
# Batch mode on Spark, from this machine (./xianzhi spark … and ./xianzhi spark-submit-args … come here):
#   spark-submit-args [--master URL] [-- JOB-ARGS…]   print the spark-submit command line for a cluster
#   spark run INPUT… -o OUT [--format binary|parquet|jsonl] [--master local[4]]   run the job here, no Spark install needed
#   spark bench [--docs 2000] [--cores 1,2]            real-sized documents/s at 1 and 2 cores, and the national estimate
# Builds the module when needed; Java 17's module openings come from the one list in xianzhi-spark/pom.xml.
set -euo pipefail
module="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$module")"
jar="$module/target/xianzhi-spark.jar"

# shellcheck source=../tools/build-when-needed.sh
. "$root/tools/build-when-needed.sh"
build_when_needed "$root" "$jar" xianzhi-spark

run() {
  # shellcheck disable=SC2046
  exec java ${XIANZHI_JAVA_OPTS:--Xmx4g} -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
    $(cat "$module/target/classes/spark-java-options.txt") \
    -Dlog4j2.configurationFile="$module/conf/log4j2.properties" \
    -cp "$jar:$module/target/lib/*" "$@"
}

case "${1:-}" in
  spark-submit-args) shift; run org.xianzhi.spark.SparkSubmitArgs "$@" ;;
  spark)
    shift
    case "${1:-}" in
      run) shift; run org.xianzhi.spark.FactJob "$@" ;;
      bench) shift; run org.xianzhi.spark.FactJobBench "$@" ;;
      *) echo "usage: ./xianzhi spark run|bench …, ./xianzhi spark-submit-args …" >&2; exit 2 ;;
    esac ;;
  *) echo "usage: ./xianzhi spark run|bench …, ./xianzhi spark-submit-args …" >&2; exit 2 ;;
esac
