package org.iucnkg.linkeddata;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.iucnkg.linkeddata.Dumps.DumpFile;
import org.iucnkg.linkeddata.Dumps.Generation;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /dumps/}: the index of the dump files (HTML for browsers, JSON otherwise) and the files, with
 * ETag (the store version) and Last-Modified (when they were written), so a harvester's conditional
 * GET is answered 304 until the graph changes.
 */
@Controller
class DumpsController {
    private static final String INDEX = LinkedDataRoutes.DUMPS + "/";

    /** The index as JSON: the store version the files are of, when they were written, and the files. */
    record Index(long version, Instant written, long quads, List<Entry> files) {}

    record Entry(String name, String url, String mediaType, String compression, long bytes) {}

    private final Dumps dumps;

    DumpsController(Dumps dumps) {
        this.dumps = dumps;
    }

    @GetMapping(value = {LinkedDataRoutes.DUMPS, INDEX}, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page() {
        return new ModelAndView("dumps", Map.of("dumps", dumps.current()));
    }

    @GetMapping({LinkedDataRoutes.DUMPS, INDEX})
    @ResponseBody
    Index index() {
        Generation current = dumps.current();
        return new Index(current.version(), current.written(), current.quads(), current.files().stream()
                .map(f -> new Entry(f.name(), INDEX + f.name(), f.mediaType(), f.compression(), f.bytes())).toList());
    }

    @GetMapping(INDEX + "{name}")
    ResponseEntity<?> file(@PathVariable String name) {
        Generation current = dumps.current();
        DumpFile file = current.file(name).orElse(null);
        if (file == null)
            return ResponseEntity.status(404).contentType(MediaType.TEXT_PLAIN)
                    .body("No dump is called " + name + "; there are " + Dumps.NQUADS + " and " + Dumps.TRIG + ".\n");
        Resource content = new FileSystemResource(dumps.file(name));
        return ResponseEntity.ok()
                .eTag(current.version() + "-" + name)
                .lastModified(current.written())
                .cacheControl(CacheControl.noCache().cachePublic())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
