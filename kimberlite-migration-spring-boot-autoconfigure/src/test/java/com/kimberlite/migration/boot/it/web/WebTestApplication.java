package com.kimberlite.migration.boot.it.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** A web application with Actuator and every auto-configuration of the test classpath, no entities. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class WebTestApplication {

}
