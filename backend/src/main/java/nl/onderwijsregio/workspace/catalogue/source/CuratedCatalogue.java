package nl.onderwijsregio.workspace.catalogue.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curated catalogue file {@value #RESOURCE}: the data partners and all entries of the Handreiking Databronnen,
 * in document order. The converted document itself ships alongside as {@value #SEED_RESOURCE}.
 */
@JsonIgnoreProperties({"source"})
public record CuratedCatalogue(
        String version, String title, List<CuratedPartner> partners, List<CuratedEntry> entries) {

    /** Classpath location of the curated catalogue. */
    public static final String RESOURCE = "/catalogue/catalogue.json";

    /** Classpath location of the Handreiking as text (a verbatim copy of the converted PDF). */
    public static final String SEED_RESOURCE = "/catalogue/handreiking-databronnen.txt";

    public CuratedCatalogue {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        partners = List.copyOf(partners);
        entries = List.copyOf(entries);
        checkReferences(partners, entries);
    }

    /** Reads and checks the curated catalogue from the classpath; fails on an unreadable or inconsistent file. */
    public static CuratedCatalogue load() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        try (InputStream in = CuratedCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Catalogue file missing from the classpath: " + RESOURCE);
            }
            return mapper.readValue(in, CuratedCatalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The partner with this id, if any. */
    public Optional<CuratedPartner> partner(String id) {
        return partners.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The entry with this id, if any. */
    public Optional<CuratedEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static void checkReferences(List<CuratedPartner> partners, List<CuratedEntry> entries) {
        Set<String> partnerIds = new HashSet<>();
        for (CuratedPartner partner : partners) {
            if (!partnerIds.add(partner.id())) {
                throw new IllegalArgumentException("Duplicate partner id " + partner.id());
            }
        }
        Set<String> earlier = new HashSet<>();
        for (CuratedEntry entry : entries) {
            String sameAs = entry.sameAs();
            if (sameAs != null && !earlier.contains(sameAs)) {
                throw new IllegalArgumentException(entry.id() + " is the same as unknown or later entry " + sameAs);
            }
            if (!earlier.add(entry.id())) {
                throw new IllegalArgumentException("Duplicate entry id " + entry.id());
            }
        }
    }
}
