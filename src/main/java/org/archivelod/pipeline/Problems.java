package org.archivelod.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.archivelod.pipeline.ProblemHandler.Problem;
import org.archivelod.pipeline.ProblemHandler.Severity;

/**
 * The two policies of {@link ProblemHandler}: {@link #strict} stops at the first document that cannot be used,
 * {@link #keepGoing} (the {@code --keep-going} of the commands) skips it, keeps it for the report and goes on. Either
 * passes every warning and every skipped error to a listener as it happens (the command line prints them); a fatal
 * problem stops both.
 *
 * <pre>{@code
 * Problems problems = Problems.keepGoing(p -> err.println(p));
 * conversion.run(inputs, sink, problems, path -> {}, false);
 * problems.errors();   // the documents skipped, each with why
 * }</pre>
 */
public final class Problems implements ProblemHandler {
    private final boolean keepGoing;
    private final Consumer<Problem> listener;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private Problems(boolean keepGoing, Consumer<Problem> listener) {
        this.keepGoing = keepGoing;
        this.listener = listener;
    }

    /** Stops the run at the first error (it is thrown, not told: the one who catches it tells it). */
    public static Problems strict(Consumer<Problem> listener) {
        return new Problems(false, listener);
    }

    /** Skips each document with an error, tells it and goes on. */
    public static Problems keepGoing(Consumer<Problem> listener) {
        return new Problems(true, listener);
    }

    /** {@link #strict} or {@link #keepGoing}, as a command's option asks. */
    public static Problems of(boolean keepGoing, Consumer<Problem> listener) {
        return new Problems(keepGoing, listener);
    }

    @Override
    public synchronized void warning(String file, long line, String message) {
        Problem p = new Problem(Severity.WARNING, file, line, message);
        warnings.add(p);
        listener.accept(p);
    }

    @Override
    public void error(ConversionException problem) throws ConversionException {
        if (!keepGoing) throw problem;
        Problem p = problemOf(Severity.ERROR, problem);
        synchronized (this) {
            errors.add(p);
        }
        listener.accept(p);
    }

    @Override
    public void fatal(ConversionException problem) throws ConversionException {
        throw problem;
    }

    /** The documents skipped so far, each with why, in the order they were met. */
    public synchronized List<Problem> errors() {
        return List.copyOf(errors);
    }

    /** The warnings so far. */
    public synchronized List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    private static Problem problemOf(Severity severity, ConversionException e) {
        // the message already says where when the exception knows no file of its own
        return e.file() == null ? new Problem(severity, null, 0, e.getMessage())
                : new Problem(severity, e.file(), e.line(), e.getMessage().substring(Problem.where(e.file(), e.line()).length()));
    }
}
