package org.minzheng.runtime;

import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;

import org.minzheng.core.program.ProgramCode;

/**
 * No program with a code is registered (未注册的业务项目): the message names the code and the codes known.
 */
public final class UnknownProgramException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final ProgramCode code;

    /**
     * Makes the exception.
     *
     * @param code the code asked for
     * @param known the codes registered
     */
    public UnknownProgramException(ProgramCode code, Collection<ProgramCode> known) {
        super("no program with code " + code + " is registered (未注册的业务项目); registered: "
                + new TreeSet<>(known) + ". A regional program must come from a ProgramProvider on the class path or "
                + "added with Programs.builder().add(provider)");
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * The code asked for.
     *
     * @return the code
     */
    public ProgramCode code() {
        return code;
    }
}
