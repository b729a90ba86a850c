/*
 * Warraq's embeds (YouTube, X, Instagram, Facebook videos): the page loads nothing from the provider until the
 * reader presses an embed's button; this script shows the buttons and, on a press, puts the provider's frame
 * in the button's place. Only frames from the providers' embed addresses are made. Without this script the
 * link under each embed leads to the post.
 */
(function () {
  "use strict";
  var allowed = [
    "https://www.youtube-nocookie.com/embed/",
    "https://platform.twitter.com/embed/Tweet.html?",
    "https://www.instagram.com/p/",
    "https://www.instagram.com/reel/",
    "https://www.facebook.com/plugins/video.php?"
  ];

  function permitted(src) {
    return allowed.some(function (prefix) { return src.indexOf(prefix) === 0; });
  }

  document.querySelectorAll("figure.embed[data-embed-src]").forEach(function (figure) {
    var src = figure.getAttribute("data-embed-src");
    var button = figure.querySelector("button.embed-load");
    if (!button || !permitted(src)) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = src;
      frame.title = figure.getAttribute("data-embed-title") || "";
      frame.setAttribute("allow", "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share");
      frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
      frame.setAttribute("allowfullscreen", "");
      button.replaceWith(frame);
      frame.focus();
    });
  });

  // Posts on X and Instagram say how tall they are once drawn; their frames take that height.
  window.addEventListener("message", function (event) {
    if (event.origin !== "https://platform.twitter.com" && event.origin !== "https://www.instagram.com") {
      return;
    }
    var data = event.data;
    try {
      data = typeof data === "string" ? JSON.parse(data) : data;
    } catch (e) {
      return;
    }
    var height = 0;
    if (data && data["twttr.embed"] && data["twttr.embed"].method === "twttr.private.resize") {
      height = (data["twttr.embed"].params || [{}])[0].height;
    } else if (data && data.type === "MEASURE" && data.details) {
      height = data.details.height;
    }
    if (!(height > 0)) {
      return;
    }
    document.querySelectorAll("figure.embed iframe").forEach(function (frame) {
      if (frame.contentWindow === event.source) {
        frame.style.blockSize = Math.ceil(height) + "px";
      }
    });
  });
})();
