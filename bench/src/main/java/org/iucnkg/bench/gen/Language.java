package org.iucnkg.bench.gen;

/** The portal's interface languages. */
enum Language { EN, FR, ES }
