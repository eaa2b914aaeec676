package org.minzheng.spi.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;

/** Cases of an {@link InMemoryStorage} view. */
final class MemoryCases implements CaseRepository {

    private final InMemoryStorage view;
    private final MemoryStore store;

    MemoryCases(InMemoryStorage view) {
        this.view = view;
        this.store = view.store();
    }

    @Override
    public Optional<Case> find(CaseId id) {
        Objects.requireNonNull(id, "id");
        return store.read(() -> {
            Case c = store.cases.get(id.value());
            return c == null || !view.visible(c.region()) ? Optional.<Case>empty() : Optional.of(c);
        });
    }

    @Override
    public List<Case> findBySubject(SubjectRef subject) {
        Objects.requireNonNull(subject, "subject");
        return store.read(() -> {
            List<Case> result = new ArrayList<>();
            for (Case c : store.cases.values()) {
                if (c.subject().equals(subject) && view.visible(c.region())) {
                    result.add(c);
                }
            }
            return result;
        });
    }

    @Override
    public Stream<Case> streamByProgramAndState(ProgramCode program, CaseState state, RegionCode region) {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(region, "region");
        view.checkRegion(region, "query cases of region " + region.shortForm());
        return store.read(() -> store.cases.values().stream()
                .filter(c -> c.program() == program && c.state() == state && region.contains(c.region())).toList())
                .stream();
    }

    @Override
    public Stream<Case> streamByRegion(RegionCode region) {
        Objects.requireNonNull(region, "region");
        view.checkRegion(region, "query cases of region " + region.shortForm());
        return store.read(() -> store.cases.values().stream().filter(c -> region.contains(c.region())).toList())
                .stream();
    }

    @Override
    public Case save(Case aCase, WriteContext context) {
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(context, "context");
        return store.write(view.transaction(), undo -> write(aCase, context, undo));
    }

    @Override
    public List<Case> saveAll(Collection<Case> cases, WriteContext context) {
        Objects.requireNonNull(context, "context");
        List<Case> copy = List.copyOf(cases);
        return store.write(view.transaction(), undo -> {
            List<Case> saved = new ArrayList<>(copy.size());
            for (Case c : copy) {
                saved.add(write(c, context, undo));
            }
            return saved;
        });
    }

    private Case write(Case aCase, WriteContext context, MemoryStore.Undo undo) {
        String id = aCase.id().value();
        StorageLimits.checkCase(aCase);
        // the text of a refusal made only for one (its masked id costs a scan of the id per case saved)
        if (!view.visible(aCase.region())) {
            view.checkRegion(aCase.region(), "save case " + aCase.id());
        }
        Case stored = store.cases.get(id);
        if ((stored != null && !view.visible(stored.region())) || !view.subjectVisible(aCase.subject())) {
            throw view.notVisible("save case " + aCase.id());
        }
        InMemoryStorage.checkVersion(EntityType.CASE, id, aCase.version(), stored == null ? null : stored.version());
        long version = aCase.version() + 1;
        // the case's own construction checked the rest: only the version changes (no second check of the history)
        Case saved = aCase.withVersion(version);
        store.put(store.cases, id, saved, undo);
        store.audit(undo, context, stored == null ? AuditOperation.CREATE : AuditOperation.UPDATE, EntityType.CASE, id,
                version, Optional.of(saved.region()));
        return saved;
    }
}
