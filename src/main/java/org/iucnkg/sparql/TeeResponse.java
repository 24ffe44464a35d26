package org.iucnkg.sparql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response sent to the client as it is written, of which a copy is kept, with the headers set on
 * it, as long as it stays under a size; for {@link QueryCache}. A response written as characters is not copied.
 */
final class TeeResponse extends HttpServletResponseWrapper {
    private final long limit;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private boolean copying = true;
    private ServletOutputStream out;

    TeeResponse(HttpServletResponse response, long limit) {
        super(response);
        this.limit = limit;
    }

    /** The copy, if the whole answer was copied. */
    Optional<CachedAnswer> answer() {
        if (!copying || out == null) return Optional.empty();
        Map<String, List<String>> kept = new LinkedHashMap<>(headers);
        if (getContentType() != null) kept.put("Content-Type", List.of(getContentType()));
        return Optional.of(new CachedAnswer(kept, copy.toByteArray()));
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, value);
        if (value == null) headers.remove(name);
        else headers.put(name, new ArrayList<>(List.of(value)));
    }

    @Override
    public void addHeader(String name, String value) {
        super.addHeader(name, value);
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        copying = false;
        return super.getWriter();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (out == null) out = new Tee(super.getOutputStream());
        return out;
    }

    private void copy(byte[] bytes, int offset, int length) {
        if (!copying) return;
        if (copy.size() + length > limit) {
            copying = false;
            copy.reset();
        } else {
            copy.write(bytes, offset, length);
        }
    }

    private final class Tee extends ServletOutputStream {
        private final ServletOutputStream target;

        Tee(ServletOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            copy(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
            copy(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }
}
