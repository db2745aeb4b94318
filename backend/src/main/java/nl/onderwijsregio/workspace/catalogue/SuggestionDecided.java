package nl.onderwijsregio.workspace.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * Published (as a Spring application event, synchronously, inside the maintainer's transaction) when a catalogue
 * suggestion is accepted or declined: the person who made it may be told.
 *
 * @param suggestionId the suggestion
 * @param regionId     the region it came from
 * @param suggestedBy  the login name of who made it (null for suggestions from before it was kept)
 * @param accepted     accepted, or declined
 * @param actor        the maintainer's login name
 */
public record SuggestionDecided(
        long suggestionId, String regionId, @Nullable String suggestedBy, boolean accepted, String actor) {}
