#!/usr/bin/env bash
# Builds Throughline with the Maven wrapper and a JDK 21+ that it finds by itself.
#   ./build.sh start [options]   build the product (no tests) and start the workbench
#   ./build.sh test              build everything and run all tests (workbench tests under xvfb-run if there is no display)
#   ./build.sh package           build the product and the update site, no tests
#   ./build.sh test-workbench N [TEST ...]
#                                run the workbench tests (or the named classes, or Class#method) N times in a row
#   ./build.sh bench [N ...]     benchmark Throughline against OpenFastTrace (default N: 1000 10000 50000)
#   ./build.sh bench-typing      time the UI thread while typing into a plan of 5,000 commitments
#   ./build.sh fuzz [N [SEED]] [--whole]   N mutated example files (default 5000) through every output and editor service
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

launcher=features/org.throughline.ui.feature/rootfiles/throughline
product=releng/org.throughline.product/target/products/org.throughline.product/linux/gtk/x86_64

JAVA_HOME=$("$launcher" --java) || exit 2
export JAVA_HOME
# the workbench tests see scroll bars as the launcher shows them
export GTK_OVERLAY_SCROLLING=0

with_display() {
	if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
		xvfb-run -a -s "-screen 0 1400x900x24" "$@"
	else
		"$@"
	fi
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
	test)
		with_display ./mvnw -B verify "$@" ;;
	test-workbench)
		times=${1:?how many times? ./build.sh test-workbench N [TEST ...]}
		shift
		# the workbench tests' classes, or the ones named; the headless test bundles find none and are let be
		tests=$(IFS=,; echo "${*:-org/throughline/ui/tests/*Test,org/throughline/trace/ui/tests/*Test}")
		with_display ./mvnw -B verify -Dthroughline.repeat="$times" -Dtest="$tests" \
			-DfailIfNoTests=false ;;
	bench-typing)
		with_display ./mvnw -B verify -Dtest=TypingStallTest -DfailIfNoTests=false \
			-Dthroughline.typingPace=40
		cat bundles/org.throughline.ui.tests/target/ui-thread-stall.txt ;;
	package)
		./mvnw -B -DskipTests verify "$@" ;;
	bench)
		./mvnw -B -q -DskipTests verify
		mkdir -p target/bench
		./mvnw -B -q -f bundles/org.throughline.bench/openfasttrace/pom.xml dependency:build-classpath \
			-Dmdep.outputFile="$PWD/target/bench/openfasttrace.classpath"
		classpath="$(ls bundles/org.throughline.bench/target/org.throughline.bench-*.jar):$product/plugins/*"
		# the harness itself loads each workspace once to write the OpenFastTrace input; the measured runs get 2 GB
		exec "$JAVA_HOME/bin/java" -Xmx6g -cp "$classpath" org.throughline.bench.Benchmark target/bench \
			"$(cat target/bench/openfasttrace.classpath)" "$product" "$@" ;;
	fuzz)
		whole=false
		args=()
		for arg in "$@"; do
			if [ "$arg" = --whole ]; then whole=true; else args+=("$arg"); fi
		done
		modules=targetplatform,bundles,bundles/org.throughline.model,bundles/org.throughline.dsl
		modules+=,bundles/org.throughline.dsl.ide,bundles/org.throughline.examples,bundles/org.throughline.trace
		modules+=,bundles/org.throughline.trace.tests,bundles/org.throughline.html,bundles/org.throughline.cli
		modules+=,bundles/org.throughline.cli.tests
		status=0
		./mvnw -B -q verify -pl "$modules" -Dtest=FuzzTest -DfailIfNoTests=false \
			-Dthroughline.fuzz.cases="${args[0]:-5000}" -Dthroughline.fuzz.seed="${args[1]:-1}" \
			-Dthroughline.fuzz.every=true -Dthroughline.fuzz.whole="$whole" || status=$?
		cat bundles/org.throughline.cli.tests/target/fuzz-report.txt 2>/dev/null || true
		exit "$status" ;;
	start)
		./mvnw -B -q -DskipTests verify
		exec "$product/throughline" "$@" ;;
	*)
		sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
		[ -z "$command" ] || [ "$command" = --help ] || exit 2 ;;
esac
