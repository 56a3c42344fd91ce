package org.portcullis.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.portcullis.core.manifests.Manifest;
import org.portcullis.integrations.git.GitCredentials;
import org.portcullis.integrations.git.GitOpsPublisher;
import org.portcullis.integrations.git.GitOpsTarget;
import org.portcullis.integrations.git.PushResult;
import org.portcullis.integrations.testing.GitCli;
import org.portcullis.integrations.testing.ManifestFixtures;

/**
 * Pushes a bundle the size of 10,000 workloads (three objects each: ServiceAccount, Role, AuthorizationPolicy →
 * 30,000 files in 100 namespaces) to a bare repository on disk, then a one-object change, then the same bundle
 * again, then the one-object change from a fresh local clone. Prints times only; asserts nothing.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:<deps> org.portcullis.bench.GitPushBenchmark [workloads]}
 */
public final class GitPushBenchmark {

    public static void main(String[] args) throws IOException {
        int workloads = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        if (workloads <= 5_000) {
            throw new IllegalArgumentException("the one-object change edits workload 5000: use more than 5000 workloads");
        }
        Path dir = Files.createTempDirectory("portcullis-git-bench");
        try {
            run(dir, workloads);
        } finally {
            deleteTree(dir);
        }
    }

    private static void run(Path dir, int workloads) {
        GitCli git = new GitCli(dir);
        Path remote = git.initBare(dir.resolve("remote.git"));
        // a local-path remote is written by JGit in-process; keep its gc --auto in this thread so cleanup cannot race it
        git.run(remote, "config", "gc.autoDetach", "false");
        List<Manifest> bundle = bundle(workloads);
        System.out.printf("bundle: %,d workloads, %,d files%n", workloads, bundle.size());

        try (GitOpsPublisher publisher = new GitOpsPublisher(target(remote, dir.resolve("clone")))) {
            long start = System.nanoTime();
            PushResult initial = publisher.publish(bundle, "initial bundle");
            print("initial push", start, initial);

            List<Manifest> changed = new ArrayList<>(bundle);
            changed.set(5_000 * 3 + 1, ManifestFixtures.role("ns-050", "wl-05000", "get", "list", "watch"));
            start = System.nanoTime();
            print("one-object change", start, publisher.publish(changed, "widen one role"));

            start = System.nanoTime();
            print("same bundle again", start, publisher.publish(changed, "nothing"));
        }
        try (GitOpsPublisher fresh = new GitOpsPublisher(target(remote, dir.resolve("clone-2")))) {
            List<Manifest> changed = new ArrayList<>(bundle);
            changed.removeLast();
            long start = System.nanoTime();
            print("one-object removal, fresh clone", start, fresh.publish(changed, "drop one object"));
        }
        System.out.printf("remote: %s commits, %s%n", git.run(remote, "rev-list", "--count", "main").strip(),
                git.run(remote, "count-objects", "-vH").lines().filter(l -> l.startsWith("size-pack"))
                        .findFirst().orElse("?"));
    }

    private static List<Manifest> bundle(int workloads) {
        List<Manifest> bundle = new ArrayList<>(workloads * 3);
        for (int i = 0; i < workloads; i++) {
            String namespace = "ns-%03d".formatted(i / 100);
            String name = "wl-%05d".formatted(i);
            bundle.add(ManifestFixtures.serviceAccount(namespace, name));
            bundle.add(ManifestFixtures.role(namespace, name, "get", "list"));
            bundle.add(ManifestFixtures.allowPolicy(namespace, name, name,
                    "cluster.local/ns/" + namespace + "/sa/wl-%05d".formatted((i + 1) % workloads)));
        }
        return bundle;
    }

    private static GitOpsTarget target(Path remote, Path clone) {
        return new GitOpsTarget(remote.toString(), "main", "clusters/prod", "Portcullis", "portcullis@example.org",
                GitCredentials.none(), clone);
    }

    private static void print(String what, long startNanos, PushResult result) {
        System.out.printf("%-34s %,8d ms  %s +%d ~%d -%d (attempts %d)%n", what,
                (System.nanoTime() - startNanos) / 1_000_000, result.status(), result.added().size(),
                result.changed().size(), result.removed().size(), result.attempts());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
