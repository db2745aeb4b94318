package nl.onderwijsregio.workspace.analysis;

import java.time.OffsetDateTime;

/** A remark of one of the region's people on a chapter, made while the analysis is ter bespreking. */
public record AnalysisComment(long id, long chapterId, String authorName, String body, OffsetDateTime createdAt) {}
