package com.kimberlite.migration.boot.it.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the {@code users} table that the first test migration creates. */
@Entity
@Table(name = "users")
public class User {

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    protected User() {
    }

    /**
     * @param id the id
     * @param name the name
     */
    public User(Long id, String name) {
        this.id = id;
        this.name = name;
    }

    /** @return the id */
    public Long getId() {
        return this.id;
    }

    /** @return the name */
    public String getName() {
        return this.name;
    }
}
