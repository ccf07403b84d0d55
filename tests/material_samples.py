"""Material made for the tests, in the shapes its programs write: Telegram Desktop's JSON and
HTML exports (current and older), and subtitles (SubRip, WebVTT).

The Telegram shapes follow what Telegram Desktop writes: ``date`` in the exporting computer's
local time and ``date_unixtime`` as a string of seconds (newer exports); ``text`` a string,
or a list of strings and entity objects, and ``text_entities`` always a list; an album's
photos as posts of the same second; the HTML export's ``page_wrap``, ``history`` and
``message default clearfix`` (``joined`` when the sender is the one before).
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

REAL = Path(__file__).parent / "data" / "material"
TG2MD = REAL / "tg2md__result.json"
YOUTUBE_VTT = REAL / "webvtt-py__youtube_dl.vtt"

CHANNEL = "Новини фронту 🇺🇦"
# 2024-03-01 08:15:30 UTC; the exporting computer was at UTC+2.
T0 = 1709280930


def _message(
    id: int,
    seconds: int,
    text: Any,
    *,
    entities: list[dict[str, Any]] | None = None,
    old: bool = False,
    **more: Any,
) -> dict[str, Any]:
    from datetime import UTC, datetime, timedelta

    local = datetime.fromtimestamp(T0 + seconds, UTC) + timedelta(hours=2)
    message: dict[str, Any] = {
        "id": id,
        "type": "message",
        "date": local.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    if not old:
        message["date_unixtime"] = str(T0 + seconds)
    message.update({"from": CHANNEL, "from_id": "channel1700000001"})
    message.update(more)
    message["text"] = text
    if not old:
        message["text_entities"] = entities if entities is not None else _plain(text)
    return message


def _plain(text: Any) -> list[dict[str, Any]]:
    if isinstance(text, str):
        return [{"type": "plain", "text": text}] if text else []
    return [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in text]


ENTITY_TEXT = [
    {"type": "bold", "text": "Терміново:"},
    " у Харкові 😀 вибухи. Деталі: ",
    {"type": "link", "text": "https://example.org/a?b=1"},
    " і ",
    {"type": "text_link", "text": "джерело", "href": "https://example.org/source"},
    {"type": "hashtag", "text": " #Харків"},
]
ENTITY_PLAIN = "Терміново: у Харкові 😀 вибухи. Деталі: https://example.org/a?b=1 і джерело #Харків"


def channel_messages(old: bool = False) -> list[dict[str, Any]]:
    """A channel's history: a service message, a post of entities, an album of three photos
    (the caption on the first), a forward, a reply, a signed post, a post with media only."""
    return [
        {
            "id": 4500,
            "type": "service",
            "date": "2024-03-01T10:00:00",
            **({} if old else {"date_unixtime": str(T0 - 900)}),
            "actor": CHANNEL,
            "actor_id": "channel1700000001",
            "action": "pin_message",
            "message_id": 4499,
            "text": "",
            **({} if old else {"text_entities": []}),
        },
        _message(4521, 0, ENTITY_TEXT, old=old),
        _message(
            4522,
            60,
            "Фото з місця подій 📷",
            photo="photos/photo_1.jpg",
            width=800,
            height=600,
            old=old,
        ),
        _message(4523, 60, "", photo="photos/photo_2.jpg", width=800, height=600, old=old),
        _message(4524, 60, "", photo="photos/photo_3.jpg", width=800, height=600, old=old),
        _message(
            4525,
            120,
            "Заява Генштабу: ворог втратив 12 танків.",
            forwarded_from="Генеральний штаб ЗСУ",
            old=old,
        ),
        _message(4526, 180, "Уточнення до попереднього допису.", reply_to_message_id=4525, old=old),
        _message(4527, 240, "Коментар редакції.", author="Олена Коваль", old=old),
        _message(
            4528,
            300,
            "",
            file="video_files/clip.mp4",
            media_type="video_file",
            mime_type="video/mp4",
            old=old,
        ),
    ]


def channel_export(old: bool = False) -> dict[str, Any]:
    return {
        "name": CHANNEL,
        "type": "public_channel",
        "id": 1700000001,
        "messages": channel_messages(old),
    }


def full_account_export() -> dict[str, Any]:
    """Telegram Desktop's export of a whole account: the channel above, and a group."""
    group = {
        "name": "Редакція",
        "type": "private_supergroup",
        "id": 1700000002,
        "messages": [
            {
                "id": 10,
                "type": "message",
                "date": "2024-03-02T09:00:00",
                "date_unixtime": str(T0 + 86400),
                "from": "Андрій Шевченко",
                "from_id": "user42",
                "text": "Перевірте, будь ласка, цифри про танки.",
                "text_entities": [
                    {"type": "plain", "text": "Перевірте, будь ласка, цифри про танки."}
                ],
            }
        ],
    }
    return {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't "
        "sell your data, and it doesn't use your data to target ads.",
        "personal_information": {
            "user_id": 42,
            "first_name": "Андрій",
            "last_name": "",
            "phone_number": "+380 00 000 0000",
            "bio": "",
        },
        "contacts": {"about": "…", "list": []},
        "chats": {
            "about": "This page lists all chats from this export.",
            "list": [channel_export(), group],
        },
        "left_chats": {"about": "…", "list": []},
    }


def write_json(folder: Path, data: dict[str, Any], name: str = "result.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    # As Telegram Desktop writes it: UTF-8, not ASCII-escaped, indented by one space.
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


# --- the HTML export ------------------------------------------------------------------------

_PAGE = """<!DOCTYPE html>
<html>

 <head>

  <meta charset="utf-8"/>
<title>Exported Data</title>
  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>
  <link href="css/style.css" rel="stylesheet"/>
  <script src="js/script.js" type="text/javascript"></script>
 </head>

 <body onload="CheckLocation();">

  <div class="page_wrap">

   <div class="page_header">

    <div class="content">

     <div class="text bold">
{name}
     </div>

    </div>

   </div>

   <div class="page_body chat_page">

    <div class="history">
{messages}
    </div>

   </div>

  </div>

 </body>

</html>
"""


def _html_message(
    id: int,
    stamp: str,
    text: str | None,
    *,
    sender: str | None = CHANNEL,
    joined: bool = False,
    forwarded: str | None = None,
    reply: int | None = None,
    photo: bool = False,
    signature: str | None = None,
) -> str:
    parts = [
        f'     <div class="message default clearfix{" joined" if joined else ""}" id="message{id}">'
    ]
    if not joined:
        parts.append(
            '      <div class="pull_left userpic_wrap">\n       <div class="userpic userpic1" '
            'style="width: 42px; height: 42px">\n        <div class="initials" '
            'style="line-height: 42px">\nН\n        </div>\n       </div>\n      </div>'
        )
    parts.append('      <div class="body">')
    parts.append(
        f'       <div class="pull_right date details" title="{stamp}">\n'
        f"{stamp[11:16]}\n       </div>"
    )
    if not joined and sender:
        parts.append(f'       <div class="from_name">\n{html.escape(sender)}\n       </div>')
    if reply is not None:
        parts.append(
            f'       <div class="reply_to details">\nIn reply to <a href="#go_to_message{reply}" '
            f'onclick="return GoToMessage({reply})">this message</a>\n       </div>'
        )
    inner = []
    if photo:
        inner.append(
            '       <div class="media_wrap clearfix">\n        <a class="photo_wrap clearfix '
            'pull_left" href="photos/photo_1.jpg">\n         <img class="photo" '
            'src="photos/photo_1_thumb.jpg" style="width: 260px; height: 195px"/>\n'
            "        </a>\n       </div>"
        )
    if text is not None:
        inner.append(f'       <div class="text">\n{text}\n       </div>')
    if forwarded:
        parts.append('       <div class="pull_left forwarded userpic_wrap">\n       </div>')
        parts.append(
            f'       <div class="forwarded body">\n        <div class="from_name">\n'
            f'{html.escape(forwarded)}<span class="date details" title="{stamp}"> '
            f"{stamp[:10]}</span>\n        </div>\n" + "\n".join(inner) + "\n       </div>"
        )
    else:
        parts.extend(inner)
    if signature:
        parts.append(
            f'       <div class="signature details">\n{html.escape(signature)}\n       </div>'
        )
    parts.append("      </div>\n     </div>")
    return "\n".join(parts)


def html_pages(zone: bool = True) -> list[str]:
    """A channel's HTML export in two pages; ``zone`` False: an older export whose dates
    have no zone."""
    z = " UTC+02:00" if zone else ""
    first = "\n".join(
        [
            '     <div class="message service" id="message-1">\n      <div class="body details">\n'
            "1 March 2024\n      </div>\n     </div>",
            _html_message(
                4521,
                f"01.03.2024 10:15:30{z}",
                "<strong>Терміново:</strong> у Харкові 😀 вибухи.<br>Деталі: "
                '<a href="https://example.org/a?b=1">https://example.org/a?b=1</a> &amp; '
                '<a href="" onclick="return ShowHashtag(&quot;Харків&quot;)">#Харків</a>',
            ),
            _html_message(
                4522, f"01.03.2024 10:16:30{z}", "Фото з місця подій 📷", joined=True, photo=True
            ),
            _html_message(4523, f"01.03.2024 10:16:30{z}", None, joined=True, photo=True),
        ]
    )
    second = "\n".join(
        [
            _html_message(
                4525,
                f"01.03.2024 10:17:30{z}",
                "Заява Генштабу: ворог втратив 12 танків.",
                forwarded="Генеральний штаб ЗСУ",
            ),
            _html_message(
                4526,
                f"01.03.2024 10:18:30{z}",
                "Уточнення до попереднього допису.",
                joined=True,
                reply=4525,
            ),
            _html_message(
                4527,
                f"01.03.2024 10:19:30{z}",
                "Коментар редакції.",
                joined=True,
                signature="Олена Коваль",
            ),
        ]
    )
    return [_PAGE.format(name=html.escape(CHANNEL), messages=m) for m in (first, second)]


def write_html_export(folder: Path, zone: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, page in enumerate(html_pages(zone), start=1):
        path = folder / ("messages.html" if number == 1 else f"messages{number}.html")
        path.write_text(page, encoding="utf-8")
        paths.append(path)
    (folder / "css").mkdir(exist_ok=True)
    (folder / "css" / "style.css").write_text(".page_wrap { }\n", encoding="utf-8")
    return paths


# --- subtitles --------------------------------------------------------------------------------

# A French .srt saved by a Windows tool: cp1252, CRLF, styling tags and a position code.
SRT_CP1252 = (
    "1\r\n00:00:01,000 --> 00:00:03,500\r\n"
    "<i>Les propriétaires de café disent</i> que les prix\r\n"
    "ont augmenté de 40 % depuis février.\r\n\r\n"
    "2\r\n00:12:04,250 --> 00:12:06,000\r\n"
    '{\\an8}<font color="#ffff00">« Personne n’a été blessé »,</font>\r\n'
    "a déclaré le maire.\r\n\r\n"
    "3\r\n01:02:03,000 --> 01:02:05,000\r\n- Est-ce vrai ?\r\n- Ça ne l’est pas.\r\n"
).encode("cp1252")

VTT = """\ufeffWEBVTT
Kind: captions
Language: uk

STYLE
::cue(.loud) { color: red }

NOTE Made for the tests; the NOTE and STYLE blocks are not spoken.

intro
00:00:00.000 --> 00:00:02.000 line:0
<v Диктор>Доброго вечора 👋</v>

00:12:04.500 --> 00:12:07.000
<c.loud>Мер заявив</c>, що ніхто
не постраждав &amp; все під контролем.

00:12:07.000 --> 00:12:09.000
<i>Cafe\u0301</i> знову працює.
"""
