package org.portcullis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.portcullis.core.manifests.CompilerOptions;
import org.portcullis.core.manifests.K8sObject;
import org.portcullis.core.manifests.Manifest;
import org.portcullis.core.manifests.ManifestDiff;
import org.portcullis.core.manifests.PolicyCompiler;
import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.MtlsMode;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.model.Sensitivity;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.model.TrustZoneSpec;
import org.portcullis.core.model.WorkloadSpec;
import org.portcullis.manifests.ManifestProblem;
import org.portcullis.manifests.ManifestValidator;
import org.portcullis.manifests.ManifestWriter;

/**
 * Not a test: prints how long compile, YAML, validation and a plan take for generated models (N workloads in
 * namespaces of 50, 10 permissions from each workload, one grant per 10 workloads) and how much heap they use.
 * Run: {@code java -Dportcullis.schemas=../shared/schemas -cp target/classes:target/test-classes:<deps>
 * org.portcullis.bench.CompilerBenchmark [sizes...]}
 */
public final class CompilerBenchmark {

    private static final int PERMISSIONS_PER_WORKLOAD = 10;
    private static final int WORKLOADS_PER_NAMESPACE = 50;
    private static final CompilerOptions OPTIONS = CompilerOptions.at(Instant.parse("2026-06-01T00:00:00Z"))
            .withJwt("https://idp.example.org/realms/p", "https://idp.example.org/realms/p/certs");

    private CompilerBenchmark() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = args.length == 0 ? List.of(1_000, 5_000, 10_000)
                : java.util.Arrays.stream(args).map(Integer::valueOf).toList();
        ManifestValidator validator = timed("load + compile schemas", ManifestValidator::fromSystemProperty);
        System.out.printf("validator reports load time %d ms%n", validator.loadTime().toMillis());
        ManifestWriter writer = new ManifestWriter();
        warmUp(validator, writer);
        for (int size : sizes) {
            System.out.printf("%n== %,d workloads, %,d permissions%n", size, size * PERMISSIONS_PER_WORKLOAD);
            PolicyModel model = model(size, false);
            long heapBefore = usedHeapAfterGc();
            List<K8sObject> objects = timed("compile", () -> PolicyCompiler.compile(model, OPTIONS));
            List<Manifest> manifests = timed("write YAML", () -> writer.writeAll(objects));
            long heapAfter = usedHeapAfterGc();
            System.out.printf("  %,d objects, %,d KiB of YAML, live heap for objects+YAML %,d MiB%n", objects.size(),
                    manifests.stream().mapToLong(m -> m.yaml().length()).sum() / 1024,
                    (heapAfter - heapBefore) / (1024 * 1024));
            YAMLMapper yaml = new YAMLMapper();
            timed("  of which: parse YAML back (part of validation)", () -> {
                manifests.forEach(m -> {
                    try {
                        yaml.readTree(m.yaml());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                return null;
            });
            resetPeak();
            List<ManifestProblem> problems = timed("validate (parse + schema + semantic checks)",
                    () -> validator.validateAll(manifests));
            System.out.printf("  %d problems; peak heap during validation %,d MiB%n", problems.size(),
                    peakHeap() / (1024 * 1024));
            if (size == sizes.getLast()) {
                plan(model, size, writer);
            }
        }
    }

    private static void plan(PolicyModel before, int size, ManifestWriter writer) {
        System.out.printf("%n== plan: one added permission at %,d workloads%n", size);
        PolicyModel after = model(size, true);
        long start = System.nanoTime();
        List<Manifest> old = writer.writeAll(PolicyCompiler.compile(before, OPTIONS));
        List<Manifest> current = writer.writeAll(PolicyCompiler.compile(after, OPTIONS));
        long compiled = System.nanoTime();
        ManifestDiff diff = ManifestDiff.between(old, current);
        long end = System.nanoTime();
        System.out.printf("  compile+write before and after: %,d ms; diff: %,d ms; total %,d ms%n",
                (compiled - start) / 1_000_000, (end - compiled) / 1_000_000, (end - start) / 1_000_000);
        System.out.printf("  added %d, changed %d, removed %d%n", diff.added().size(), diff.changed().size(),
                diff.removed().size());
        diff.changed().forEach(change -> System.out.print(change.unifiedDiff()));
    }

    /** N workloads; workload i may call the next 10 (mod N). With {@code extra}, workload 0 may also call N/2. */
    static PolicyModel model(int size, boolean extra) {
        List<TrustZoneSpec> zones = List.of(new TrustZoneSpec("low", "", Sensitivity.LOW, MtlsMode.STRICT),
                new TrustZoneSpec("high", "", Sensitivity.HIGH, MtlsMode.STRICT),
                new TrustZoneSpec("legacy", "", Sensitivity.LOW, MtlsMode.PERMISSIVE));
        List<WorkloadSpec> workloads = new ArrayList<>();
        List<ServicePermissionSpec> permissions = new ArrayList<>();
        List<ClusterAccessGrantSpec> grants = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String name = name(i);
            String namespace = "ns-" + (i / WORKLOADS_PER_NAMESPACE);
            workloads.add(new WorkloadSpec(name, namespace, name, zones.get(i % 3).name(),
                    DataClassification.INTERNAL, "owner", Map.of("app", name), List.of(8080), i % 20 == 0));
            for (int p = 1; p <= PERMISSIONS_PER_WORKLOAD; p++) {
                permissions.add(new ServicePermissionSpec(name, name((i + p) % size), List.of("GET", "POST"),
                        List.of("/api/v1/*"), List.of(8080), p == 1 ? "user" : null, null, p == 10));
            }
            if (i % 10 == 0) {
                grants.add(new ClusterAccessGrantSpec(name + "-config", name, namespace, List.of("get", "list"),
                        List.of(""), List.of("configmaps"), List.of(), null));
            }
        }
        if (extra) {
            permissions.add(new ServicePermissionSpec(name(0), name(size / 2), List.of("GET"), List.of("/health"),
                    List.of(8080), null, null, false));
        }
        return new PolicyModel(zones, workloads, List.of(), List.of(), List.of(), permissions, grants, List.of(), Map.of());
    }

    private static String name(int i) {
        return String.format("workload-%05d", i);
    }

    private static void warmUp(ManifestValidator validator, ManifestWriter writer) {
        long start = System.nanoTime();
        for (int round = 0; round < 3; round++) {
            validator.validateAll(writer.writeAll(PolicyCompiler.compile(model(500, false), OPTIONS)));
        }
        System.out.printf("warm-up (3 x 500 workloads) %,d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static <T> T timed(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("  %-50s %,8d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void resetPeak() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
