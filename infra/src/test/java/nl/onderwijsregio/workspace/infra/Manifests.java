package nl.onderwijsregio.workspace.infra;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The manifests of {@code k8s/} as typed Kubernetes objects (fabric8's model; custom resources as generic ones):
 * an overlay rendered by {@code kubectl kustomize} where kubectl is installed, else the base's own files as listed in
 * its kustomization (then without the overlay's changes).
 */
final class Manifests {

    static final Path K8S = Path.of("k8s");
    static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final ObjectReader RESOURCES = YAML.readerFor(HasMetadata.class);

    private final List<HasMetadata> resources;
    private final boolean rendered;

    private Manifests(List<HasMetadata> resources, boolean rendered) {
        this.resources = List.copyOf(resources);
        this.rendered = rendered;
    }

    /** The production overlay, rendered; or the base's files when kubectl is absent. */
    static Manifests production() {
        Optional<Path> kubectl = kubectl();
        if (kubectl.isPresent()) {
            return new Manifests(parse(render(kubectl.get(), K8S.resolve("overlays/production"))), true);
        }
        return new Manifests(baseFiles(), false);
    }

    /** Whether these came from {@code kubectl kustomize} of the overlay (else: the base files as they are). */
    boolean rendered() {
        return rendered;
    }

    List<HasMetadata> all() {
        return resources;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
        return all(type).stream()
                .filter(r -> r.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }

    /** Custom resources (CloudNativePG, Keycloak Operator) by kind. */
    List<GenericKubernetesResource> custom(String apiVersion, String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(r -> r.getApiVersion().equals(apiVersion) && r.getKind().equals(kind))
                .toList();
    }

    GenericKubernetesResource custom(String apiVersion, String kind, String name) {
        return custom(apiVersion, kind).stream()
                .filter(r -> r.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> out = new ArrayList<>();
        try (MappingIterator<HasMetadata> documents = RESOURCES.readValues(yaml)) {
            while (documents.hasNextValue()) {
                HasMetadata resource = documents.nextValue();
                if (resource != null) {
                    out.add(resource);
                }
            }
        }
        return out;
    }

    /** kubectl on the PATH; {@code -Dk8s.kubectl=none} pretends there is none (to try the fallback). */
    static Optional<Path> kubectl() {
        if ("none".equals(System.getProperty("k8s.kubectl"))) {
            return Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** {@code kubectl kustomize dir}: offline, no cluster needed. */
    static String render(Path kubectl, Path dir) {
        try {
            Path out = Files.createTempFile("kustomize-", ".yaml");
            Path err = Files.createTempFile("kustomize-", ".err");
            try {
                Process p = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("kubectl kustomize " + dir + " did not finish within 60 s");
                }
                if (p.exitValue() != 0) {
                    throw new AssertionError("kubectl kustomize " + dir + " failed: " + Files.readString(err));
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The files the base's kustomization lists, parsed one by one. */
    static List<HasMetadata> baseFiles() {
        Path base = K8S.resolve("base");
        List<HasMetadata> out = new ArrayList<>();
        for (String file : kustomizationResources(base)) {
            try {
                out.addAll(parse(Files.readString(base.resolve(file))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<String> kustomizationResources(Path dir) {
        try {
            Map<String, Object> kustomization =
                    YAML.readValue(dir.resolve("kustomization.yaml").toFile(), Map.class);
            return (List<String>) kustomization.get("resources");
        } catch (tools.jackson.core.JacksonException e) {
            throw new AssertionError("kustomization.yaml in " + dir + " does not parse", e);
        }
    }
}
