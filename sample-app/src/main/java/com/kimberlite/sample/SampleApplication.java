package com.kimberlite.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small clinic service: patients and their appointments, in a database whose schema is created
 * and checked by Kimberlite migrations when the service starts.
 */
@SpringBootApplication
public class SampleApplication {

    /**
     * Starts the service.
     *
     * @param args command line arguments, such as {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
