package org.portcullis.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.portcullis.core.manifests.K8sObject;
import org.portcullis.core.manifests.Manifest;

/**
 * Turns compiled objects into YAML, deterministically: keys in the order the compiler gave them (its canonical order,
 * so no re-sorting here), no document start marker, quotes only where YAML needs them, numbers-as-strings always
 * quoted (a port {@code "8080"} must stay a string), no line splitting, {@code \n} line ends.
 */
public final class ManifestWriter {

    private final ObjectMapper yaml;

    public ManifestWriter() {
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        this.yaml = YAMLMapper.builder(factory)
                .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    public Manifest write(K8sObject object) {
        try {
            String text = yaml.writeValueAsString(object.body()).replace("\r\n", "\n");
            return new Manifest(object.apiVersion(), object.kind(), object.namespace(), object.name(), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + object.key(), e);
        }
    }

    public List<Manifest> writeAll(List<K8sObject> objects) {
        return objects.stream().map(this::write).toList();
    }
}
