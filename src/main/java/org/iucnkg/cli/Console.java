package org.iucnkg.cli;

import java.io.PrintStream;

/** Where a command writes: results to {@code out}, progress and problems to {@code err}. */
record Console(PrintStream out, PrintStream err) {}
