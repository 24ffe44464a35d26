package org.iucnkg.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.iucnkg.ingest.SourceText;
import org.iucnkg.model.Iris;
import org.iucnkg.query.BadParameterException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The document of an ingest request: a {@code text/*} body named by the {@code name} (or
 * {@code filename}) parameter or a {@code Content-Disposition} header, or the {@code file} part of a
 * {@code multipart/form-data} upload. Spring's multipart handling is off (Fuseki reads Graph Store
 * uploads itself), so this one route parses multipart with Commons FileUpload.
 */
final class Upload {
    static final String FILE_PART = "file";
    private static final String NO_NAME = "the document needs a file name, from which its source id comes: give ?name=report.txt,"
            + " a Content-Disposition header with a filename, or upload it as the file part of multipart/form-data";

    private final long maxBytes;

    Upload(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    SourceText read(HttpServletRequest request, String name) throws IOException, HttpMediaTypeNotSupportedException {
        if (JakartaServletFileUpload.isMultipartContent(request)) return multipart(request, name);
        MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        if (type == null || !"text".equals(type.getType()))
            throw new HttpMediaTypeNotSupportedException(type, java.util.List.of(MediaType.TEXT_PLAIN, MediaType.MULTIPART_FORM_DATA));
        String fileName = name != null ? name : dispositionName(request.getHeader(HttpHeaders.CONTENT_DISPOSITION));
        Charset charset = type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        return source(fileName, request.getInputStream(), charset);
    }

    private SourceText multipart(HttpServletRequest request, String name) throws IOException {
        JakartaServletFileUpload<?, ?> upload = new JakartaServletFileUpload<>();
        upload.setSizeMax(maxBytes);
        try {
            FileItemInputIterator items = upload.getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                if (item.isFormField() || !FILE_PART.equals(item.getFieldName())) continue;
                String fileName = name != null ? name : item.getName();
                MediaType type = item.getContentType() == null ? MediaType.TEXT_PLAIN : MediaType.parseMediaType(item.getContentType());
                try (InputStream in = item.getInputStream()) {
                    return source(fileName, in, type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset());
                }
            }
        } catch (FileUploadSizeException e) {
            throw tooLarge();
        } catch (FileUploadException e) {
            throw new BadParameterException(FILE_PART, "the multipart body cannot be read: " + e.getMessage());
        }
        throw new BadParameterException(FILE_PART, "the multipart body has no part named " + FILE_PART);
    }

    /** The text as UTF-8, whatever charset it came in. */
    private SourceText source(String fileName, InputStream body, Charset charset) throws IOException {
        if (fileName == null || fileName.isBlank()) throw new BadParameterException("name", NO_NAME);
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) throw tooLarge();
        if (bytes.length == 0) throw new BadParameterException("body", "the request holds no document");
        if (!StandardCharsets.UTF_8.equals(charset)) bytes = new String(bytes, charset).getBytes(StandardCharsets.UTF_8);
        String baseName = fileName.replaceAll(".*[/\\\\]", "");
        try {
            return new SourceText(Iris.sourceId(baseName), baseName, MediaType.TEXT_PLAIN_VALUE, bytes);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("name", "the file name " + fileName + " gives no source id: " + e.getMessage());
        }
    }

    private static String dispositionName(String header) {
        if (header == null) return null;
        try {
            return ContentDisposition.parse(header).getFilename();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "the document is larger than the limit of " + maxBytes
                + " bytes (kg.sparql.max-body-size)");
    }
}
