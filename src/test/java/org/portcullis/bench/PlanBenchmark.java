package org.portcullis.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.portcullis.core.manifests.CompilerOptions;
import org.portcullis.core.manifests.PolicyCompiler;
import org.portcullis.core.model.NamespaceSpec;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.requests.ModelEdits;
import org.portcullis.core.requests.Operation;
import org.portcullis.manifests.ManifestPlan;
import org.portcullis.manifests.ManifestPlanner;
import org.portcullis.manifests.ManifestValidator;
import org.portcullis.manifests.ManifestWriter;

/**
 * Not a test: prints how long the manifest plan of a one-permission request takes against a large approved model
 * (the generated model of {@link CompilerBenchmark}, with an origin per object as the portal has), next to the
 * whole-model plan it replaces. Run: {@code java -Dportcullis.schemas=../shared/schemas -cp
 * target/classes:target/test-classes:<deps> org.portcullis.bench.PlanBenchmark [workloads] [rounds]}
 */
public final class PlanBenchmark {

    private static final CompilerOptions OPTIONS = CompilerOptions.at(Instant.parse("2026-06-01T00:00:00Z"))
            .withJwt("https://idp.example.org/realms/p", "https://idp.example.org/realms/p/certs");

    private PlanBenchmark() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ManifestValidator validator = ManifestValidator.fromSystemProperty();
        ManifestWriter writer = new ManifestWriter();
        ManifestPlanner planner = new ManifestPlanner(writer, validator);
        PolicyModel approved = withOrigins(CompilerBenchmark.model(size, false));
        System.out.printf("%,d workloads, %,d permissions, %,d origins%n", approved.workloads().size(),
                approved.permissions().size(), approved.origins().size());
        var added = new ServicePermissionSpec(name(0), name(size / 2), List.of("GET"), List.of("/health"),
                List.of(8080), null, null, false);
        var existing = approved.permissions().get(approved.permissions().size() / 3);
        var changed = new ServicePermissionSpec(existing.source(), existing.destination(), List.of("GET"),
                existing.paths(), existing.ports(), null, null, false);
        var cases = Map.of(
                "add one permission", List.of(new ModelEdits.Edit(Operation.CREATE, null, added)),
                "change one permission", List.of(new ModelEdits.Edit(Operation.UPDATE, existing, changed)),
                "delete one permission", List.of(new ModelEdits.Edit(Operation.DELETE, existing, null)),
                "put a namespace in dry-run", List.of(new ModelEdits.Edit(Operation.CREATE, null,
                        new NamespaceSpec(approved.workloads().get(0).namespace(), "", true))));
        for (int warm = 0; warm < 5; warm++) {
            cases.values().forEach(edits -> planner.plan(999, approved, edits, OPTIONS));
        }
        cases.forEach((name, edits) -> {
            long[] times = new long[rounds];
            ManifestPlan plan = null;
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                plan = planner.plan(999, approved, edits, OPTIONS);
                times[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(times);
            System.out.printf("  %-24s median %6.1f ms, best %6.1f ms, worst %6.1f ms; %d added %d changed %d removed,"
                            + " %d problems, namespaces %s%n", name, times[rounds / 2] / 1e6, times[0] / 1e6,
                    times[rounds - 1] / 1e6,
                    plan.diff().added().size(), plan.diff().changed().size(), plan.diff().removed().size(),
                    plan.problems().size(), plan.namespaces());
        });
        long start = System.nanoTime();
        var after = ModelEdits.apply(approved, cases.get("add one permission"), 999);
        var whole = org.portcullis.core.manifests.ManifestDiff.between(
                writer.writeAll(PolicyCompiler.compile(approved, OPTIONS)),
                writer.writeAll(PolicyCompiler.compile(after, OPTIONS)));
        System.out.printf("  whole-model plan (2 compiles + YAML + diff) for comparison: %,d ms, %d changed%n",
                (System.nanoTime() - start) / 1_000_000, whole.changed().size());
    }

    private static PolicyModel withOrigins(PolicyModel model) {
        Map<String, Set<Long>> origins = new HashMap<>();
        long id = 1;
        for (var w : model.workloads()) {
            origins.put(ModelEdits.originKey(w), Set.of(id++));
        }
        for (var p : model.permissions()) {
            origins.put(ModelEdits.originKey(p), Set.of(id++));
        }
        for (var g : model.grants()) {
            origins.put(ModelEdits.originKey(g), Set.of(id++));
        }
        return new PolicyModel(model.zones(), model.workloads(), model.people(), model.roles(),
                model.roleAssignments(), model.permissions(), model.grants(), model.namespaces(), origins);
    }

    private static String name(int i) {
        return String.format("workload-%05d", i);
    }
}
