package nl.onderwijsregio.workspace.messages;

/** A refusal or error that says why in a {@link Message}, so every screen and the API can say it in its language. */
public interface Explained {

    Message explanation();
}
