import "@gradio/theme/src/reset.css";
import "@gradio/theme/src/global.css";
import "@gradio/theme/src/pollen.css";
import "@gradio/theme/src/typography.css";
import { mount_css } from "@gradio/core";
import Index from "./routes/+page.svelte";

const target = document.getElementById("root");
if (target) {
	new Index({ target });
}
