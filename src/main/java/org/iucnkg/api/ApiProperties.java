package org.iucnkg.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The REST API's settings ({@code kg.api.*}): {@code partSize} is how many rows of each part a detail
 * answer embeds, and the default page size of the part's own list route; {@code answerAhead} whether the
 * routes that say so are answered before they are asked ({@link AnswersAhead}).
 */
@ConfigurationProperties("kg.api")
public record ApiProperties(@DefaultValue("50") int partSize, @DefaultValue("true") boolean answerAhead) {
    public ApiProperties {
        if (partSize < 1 || partSize > RequestArgs.MAX_PAGE_SIZE)
            throw new IllegalArgumentException("kg.api.part-size must be from 1 to " + RequestArgs.MAX_PAGE_SIZE + ", not " + partSize);
    }
}
