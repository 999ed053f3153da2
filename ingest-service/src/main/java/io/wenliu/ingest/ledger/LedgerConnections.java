package io.wenliu.ingest.ledger;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jdbc.ReturningWork;

/** Runs the ledger's plain SQL on a data source connection, turning SQL failures into Hibernate's exceptions. */
@ApplicationScoped
class LedgerConnections {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    /**
     * Runs plain SQL on a connection of the data source: the current transaction's if there is one (the pool enlists
     * it and hands the same connection to Hibernate), else one that commits each statement. A failure becomes the
     * exception Hibernate throws for it (e.g. ConstraintViolationException, JDBCConnectionException), which callers
     * tell apart.
     */
    <T> T withConnection(String what, ReturningWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.execute(connection);
        } catch (SQLException e) {
            throw sessionFactory
                    .unwrap(SessionFactoryImplementor.class)
                    .getJdbcServices()
                    .getSqlExceptionHelper()
                    .convert(e, what);
        }
    }
}
