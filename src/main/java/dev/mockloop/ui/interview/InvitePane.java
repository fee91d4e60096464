package dev.mockloop.ui.interview;

import dev.mockloop.interview.InviteStatus;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Invite an interviewer": the link and its QR code, the local-network choice, a second
 * interviewer, and Withdraw. Bound to an {@link InviteViewModel}.
 */
public final class InvitePane extends VBox {

    /** @param model the invitation's state for this round */
    public InvitePane(InviteViewModel model) {
        super(10);
        setId("invite-pane");
        setPadding(new Insets(16));
        setPrefWidth(460);

        Label title = new Label("Invite an interviewer");
        title.getStyleClass().add("title-3");
        Label about = new Label("A friend opens the link in any browser and runs this round as your interviewer:"
                + " they see the question, the answer key and your whiteboard live, ask probes, tell you to move"
                + " on, and score you. Your notes and your own scores stay on this computer.");
        about.setWrapText(true);

        CheckBox lan = new CheckBox("Listen on the local network, so a phone or laptop on the same network can open"
                + " the link (otherwise only this computer can)");
        lan.setId("invite-lan");
        lan.setWrapText(true);
        lan.selectedProperty().bindBidirectional(model.lanProperty());
        CheckBox second = new CheckBox("Allow a second interviewer");
        second.setId("invite-second");
        second.selectedProperty().bindBidirectional(model.allowSecondProperty());

        Button invite = new Button();
        invite.setId("invite-create");
        invite.getStyleClass().add("accent");
        invite.textProperty().bind(javafx.beans.binding.Bindings.when(model.openProperty())
                .then("New link").otherwise("Create the link"));
        invite.setOnAction(e -> model.invite());
        Button withdraw = new Button("Withdraw the link");
        withdraw.setId("invite-withdraw");
        withdraw.disableProperty().bind(model.openProperty().not());
        withdraw.setOnAction(e -> model.withdraw());
        HBox actions = new HBox(8, invite, withdraw);

        TextField link = new TextField();
        link.setId("invite-link");
        link.setEditable(false);
        link.textProperty().bind(model.linkProperty());
        HBox.setHgrow(link, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.setId("invite-copy");
        copy.disableProperty().bind(model.linkProperty().isEmpty());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.linkProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox linkRow = new HBox(6, link, copy);
        linkRow.setAlignment(Pos.CENTER_LEFT);

        QrView qr = new QrView(200, model.qrProperty());
        qr.setId("invite-qr");
        qr.visibleProperty().bind(model.qrProperty().isNotNull());
        qr.managedProperty().bind(qr.visibleProperty());

        Label address = new Label();
        address.setId("invite-address");
        address.setWrapText(true);
        address.textProperty().bind(model.addressProperty());
        Label people = new Label();
        people.setId("invite-status");
        people.setWrapText(true);
        people.textProperty().bind(model.peopleProperty());
        Label problem = new Label();
        problem.setId("invite-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.stateProperty().isEqualTo(InviteStatus.State.FAILED));
        problem.managedProperty().bind(problem.visibleProperty());

        Label caution = new Label("Whoever has the link is your interviewer until you withdraw it or save the round."
                + " Sharing your screen or a tunnel to the internet is up to you.");
        caution.setWrapText(true);
        caution.getStyleClass().addAll("text-caption", "text-muted");

        getChildren().addAll(title, about, lan, actions, linkRow, qr, address, people, problem, second, caution);
    }
}
