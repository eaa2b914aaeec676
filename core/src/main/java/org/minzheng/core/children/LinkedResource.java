package org.minzheng.core.children;

import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.service.Organisation;

/**
 * A resource linked to a child's case service plan (链接资源): what it provides and, when it is an
 * organisation, which one.
 *
 * @param description what the resource provides, not blank
 * @param organisation the organisation, if any
 */
public record LinkedResource(String description, Optional<Organisation> organisation) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws InvalidRecordException if the description is blank
     */
    public LinkedResource {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(organisation, "organisation");
        Violations v = new Violations();
        v.notBlank("description", description);
        v.throwIfAny();
    }
}
