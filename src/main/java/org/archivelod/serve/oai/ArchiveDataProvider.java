package org.archivelod.serve.oai;

import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.dataprovider.request.RequestBuilder;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.model.oaipmh.Request;
import java.time.Instant;

/**
 * xoai's data provider with one correction: with lenient granularity (both {@code YYYY-MM-DD} and
 * {@code YYYY-MM-DDThh:mm:ssZ} accepted, as the protocol asks of a repository with second granularity) xoai 5.3 moves
 * every {@code until} to the end of its day; an {@code until} given to the second is kept to that second here
 * (inclusive, so passed on as the next second, exclusive), a day stays the whole day.
 */
final class ArchiveDataProvider extends DataProvider {
    private static final int SECONDS_LENGTH = "YYYY-MM-DDThh:mm:ssZ".length();
    private final RepositoryConfiguration configuration;

    ArchiveDataProvider(Context context, Repository repository) {
        super(context, repository);
        this.configuration = repository.getConfiguration();
    }

    @Override
    public OAIPMH handle(RequestBuilder.RawRequest raw) {
        Request request = RequestBuilder.buildRequest(raw, configuration);
        if (raw.hasErrors()) {
            return errorsHandler.handle(new OAIPMH(), raw);
        }
        String until = request.getRawUntil();
        if (until != null && until.length() == SECONDS_LENGTH) {
            request.withUntil(Instant.parse(until).plusSeconds(1));
        }
        return handle(request);
    }
}
