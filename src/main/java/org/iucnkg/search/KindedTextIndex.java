package org.iucnkg.search;

import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.store.Directory;

/**
 * The jena-text Lucene index with the kind of each text's subject in one more field ({@link Kinds#FIELD}),
 * so a search for one kind filters inside Lucene and its limit of texts counts that kind's texts only.
 * Every write (store updates, the rebuild) makes its documents here.
 */
final class KindedTextIndex extends TextIndexLucene {
    private final Kinds kinds;

    KindedTextIndex(Directory directory, TextIndexConfig config, Kinds kinds) {
        super(directory, config);
        this.kinds = kinds;
    }

    @Override
    protected Document doc(Entity entity) {
        Document doc = super.doc(entity);
        kinds.of(entity.getId()).ifPresent(kind -> doc.add(new StringField(Kinds.FIELD, kind, Field.Store.NO)));
        return doc;
    }
}
