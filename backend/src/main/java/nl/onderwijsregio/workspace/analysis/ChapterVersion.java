package nl.onderwijsregio.workspace.analysis;

import java.time.OffsetDateTime;

/** A saved version of a chapter: who saved which title and text when. */
public record ChapterVersion(int revision, String title, String body, OffsetDateTime at, String actorName) {}
