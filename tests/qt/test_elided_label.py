"""Long names and bios keep to their lines, cut with "…", the whole text in a plain tooltip."""

from __future__ import annotations

from fedimove.ui.elided_label import ElidedLabel


def test_a_long_name_is_cut_and_offered_whole_as_plain_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = ElidedLabel()
    qtbot.addWidget(label)
    name = "<b>Jean-Baptiste</b> Poquelin de la Comédie-Française, dit Molière"
    label.setText(name)
    label.resize(120, label.heightForWidth(120))
    label.show()
    assert label.is_elided()
    assert len(label.shown_lines()) == 1 and label.shown_lines()[0].endswith("…")
    assert label.text() == name  # read whole by screen readers
    assert "&lt;b&gt;Jean-Baptiste&lt;/b&gt;" in label.toolTip()  # shown as written, not bold
    label.resize(2000, label.heightForWidth(2000))
    assert not label.is_elided() and label.toolTip() == ""
    assert label.shown_lines() == [name]


def test_a_bio_takes_the_lines_it_is_given_and_no_more(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = ElidedLabel(lines=3)
    qtbot.addWidget(label)
    label.show()
    label.setText("Astronomer in Lyon. Writes about comets, telescopes and the night sky " * 4)
    one_line = label.heightForWidth(10_000)
    three_lines = label.heightForWidth(150)
    assert three_lines > one_line
    label.resize(150, three_lines)
    assert len(label.shown_lines()) == 3 and label.is_elided()
    label.set_lines(1)
    assert label.heightForWidth(150) == one_line
    assert len(label.shown_lines()) == 1
    label.setText("")
    assert label.heightForWidth(150) == 0 and label.shown_lines() == []


def test_the_text_s_own_line_breaks_are_kept_while_there_are_lines(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = ElidedLabel(lines=2)
    qtbot.addWidget(label)
    label.show()
    label.resize(2000, 100)
    label.setText("On the fediverse: ines@piaille.fr\nAlso on Bluesky: ines.bsky.social")
    assert label.shown_lines() == [
        "On the fediverse: ines@piaille.fr",
        "Also on Bluesky: ines.bsky.social",
    ]
    assert not label.is_elided()
    label.set_lines(1)  # one line: the rest follows on it, cut if it does not fit
    assert label.shown_lines() == [
        "On the fediverse: ines@piaille.fr Also on Bluesky: ines.bsky.social"
    ]
    label.setText("   ")
    assert label.heightForWidth(100) == 0
