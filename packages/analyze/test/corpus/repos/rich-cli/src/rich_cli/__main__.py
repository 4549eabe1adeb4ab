import sys
from typing import NoReturn, Optional, List, TYPE_CHECKING

import click
from rich.console import Console, RenderableType

from rich.markup import escape
from rich.text import Text

console = Console()
error_console = Console(stderr=True)

if TYPE_CHECKING:
    from rich.console import ConsoleOptions, RenderResult
    from rich.measure import Measurement

VERSION = "1.0"

BOXES = [
    "none",
    "ascii",
    "ascii2",
    "square",
    "rounded",
    "heavy",
    "double",
]

BOX_TEXT = ", ".join(BOXES)


def on_error(message: str, error: Optional[object] = None, code=-1) -> NoReturn:
    """Render an error message then exit the app."""

    if error:
        error_text = Text(message)
        error_text.stylize("bold red")
        error_text += ": "
        error_text += error_console.highlighter(str(error))
        error_console.print(error_text)
    else:
        error_text = Text(message, style="bold red")
        error_console.print(error_text)
    sys.exit(code)


def read_resource(path: str) -> str:
    """Read a resource form a file or stdin."""
    try:
        if path == "-":
            return sys.stdin.read()
        with open(path, "rt") as resource_file:
            return resource_file.read()
    except Exception as error:
        on_error(f"unable to read {escape(path)}", error)


class RichCommand(click.Command):
    def format_help(self, ctx, formatter):

        from rich.highlighter import RegexHighlighter
        from rich.table import Table
        from rich.theme import Theme
        ...


@click.command(cls=RichCommand)
@click.argument("resource", metavar="<PATH or TEXT or '-'>")
@click.option(
    "--print",
    "-p",
    is_flag=True,
    help="Print [u]console markup[/u]. [dim]See https://rich.readthedocs.io/en/latest/markup.html",
)
@click.option("--rule", "-u", is_flag=True, help="Display a horizontal [u]rule[/u].")
@click.option("--json", "-j", is_flag=True, help="Display as [u]JSON[/u].")
@click.option("--markdown", "-m", is_flag=True, help="Display as [u]markdown[/u].")
@click.option(
    "--theme",
    metavar="THEME",
    help="Set syntax theme to [b]THEME[/b]. [dim]See https://pygments.org/styles/",
    default="ansi_dark",
)
@click.option(
    "--export-html",
    "-o",
    metavar="PATH",
    default="",
    help="Write HTML to [b]PATH",
)
def main(
    resource: str,
    print: bool = False,
    rule: bool = False,
    json: bool = False,
    markdown: bool = False,
    theme: str = "",
    export_html: bool = False,
):
    """Rich toolbox for console output."""
    console = Console(record=export_html)

    renderable: RenderableType = ""
    if print or rule:
        ...
    elif json:
        from rich.json import JSON

        json_data = read_resource(resource)
        try:
            renderable = JSON(json_data)
        except Exception as error:
            on_error("unable to read json", error)

    elif markdown:
        from rich.markdown import Markdown

        markdown_data = read_resource(resource)
        renderable = Markdown(markdown_data)

    else:

        from rich.syntax import Syntax
        ...

    console.print(renderable)

    if export_html:
        try:
            console.save_html(export_html)
        except Exception as error:
            on_error("failed to save HTML", error)


def run():
    main()


if __name__ == "__main__":
    run()
