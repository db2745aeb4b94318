/** The reproducible benchmark data set: a world of regions, users and neighbours, loaded table by table with COPY. */
@NullMarked
package nl.onderwijsregio.workspace.bench.generate;

import org.jspecify.annotations.NullMarked;
