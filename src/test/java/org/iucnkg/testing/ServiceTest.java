package org.iucnkg.testing;

import org.iucnkg.store.KgStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a random port, with writes enabled for "admin". Subclasses say where the
 * store is and what it starts with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// answers computed ahead are AnswersAheadTest's subject (which turns them on); elsewhere they would only load the machine
@TestPropertySource(properties = "kg.api.answer-ahead=false")
public abstract class ServiceTest {
    public static final String ADMIN_PASSWORD = "test-secret";

    @DynamicPropertySource
    static void writable(DynamicPropertyRegistry settings) {
        settings.add("kg.security.admin-password", () -> ADMIN_PASSWORD);
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected KgStore store;
    protected Http http;
    protected Http admin;

    @BeforeEach
    void clients() {
        http = new Http(port);
        admin = http.as("admin", ADMIN_PASSWORD);
    }
}
