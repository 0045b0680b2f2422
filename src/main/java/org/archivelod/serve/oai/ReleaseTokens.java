package org.archivelod.serve.oai;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.Request;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.verbs.Verb;
import io.gdcc.xoai.services.api.ResumptionTokenFormat;
import io.gdcc.xoai.services.impl.SimpleResumptionTokenFormat;
import java.util.Base64;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

/**
 * Resumption tokens bound to the release they were issued for: {@code {release}.{list state}}, the list state being
 * xoai's (offset, set, from, until, metadataPrefix) in URL-safe Base64. A token is refused as {@code badResumptionToken}
 * when it is not one of ours, was issued for another release (the list it continues may have changed), is used with
 * another kind of list than the one it continues, or points past the end of its list. Tokens need no server state,
 * so they do not expire while the release is served.
 */
final class ReleaseTokens implements ResumptionTokenFormat {
    private final String release;
    private final ResumptionTokenFormat state = new SimpleResumptionTokenFormat().withGranularity(Granularity.Lenient);
    private final ToIntFunction<ResumptionToken.Value> listSize;
    private final IntSupplier setCount;

    /**
     * @param release  the release's digest (or its start), the same for every token of this release
     * @param listSize how many records a list request (set, from, until) selects
     * @param setCount how many sets there are
     */
    ReleaseTokens(String release, ToIntFunction<ResumptionToken.Value> listSize, IntSupplier setCount) {
        this.release = release;
        this.listSize = listSize;
        this.setCount = setCount;
    }

    @Override
    public ResumptionTokenFormat withGranularity(Granularity granularity) {
        state.withGranularity(granularity);
        return this;
    }

    @Override
    public String format(ResumptionToken.Value value) {
        String simple = state.format(value);
        if (simple.isEmpty()) return "";
        return release + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(Base64.getDecoder().decode(simple));
    }

    @Override
    public ResumptionToken.Value parse(String token) throws BadResumptionTokenException {
        int dot = token.indexOf('.');
        if (dot < 0) throw new BadResumptionTokenException("'" + token + "' is not a resumption token of this repository");
        if (!token.substring(0, dot).equals(release))
            throw new BadResumptionTokenException("The resumption token was issued for another release of the data: start the list again");
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new BadResumptionTokenException("'" + token + "' is not a resumption token of this repository");
        }
        ResumptionToken.Value value = state.parse(Base64.getEncoder().encodeToString(bytes));
        if (!value.hasOffset() || value.getOffset() <= 0)
            throw new BadResumptionTokenException("'" + token + "' is not a resumption token of this repository");
        return value;
    }

    @Override
    public Optional<ResumptionToken.Value> parse(Request request) throws BadResumptionTokenException {
        Optional<String> token = request.getResumptionToken();
        if (token.isEmpty()) return Optional.empty();
        ResumptionToken.Value value = parse(token.get());
        boolean sets = request.getType().filter(t -> t == Verb.Type.ListSets).isPresent();
        if (sets == value.hasMetadataPrefix())
            throw new BadResumptionTokenException("The resumption token continues another kind of list");
        int size = sets ? setCount.getAsInt() : listSize.applyAsInt(value);
        if (value.getOffset() >= size)
            throw new BadResumptionTokenException("The resumption token points past the end of its list");
        return Optional.of(value);
    }
}
