import { beforeEach, describe, expect, it } from "vitest";
import { Client } from "onefile";
import { useTestDatabase } from "../cli/db/open.ts";
import polls, { Choice, Question } from "./polls.ts";

describe("examples/polls.ts", () => {
  beforeEach(() => useTestDatabase(polls));

  async function seed() {
    const question = await Question.objects.create({ questionText: "What's new?", pubDate: new Date(Date.now() - 60_000) });
    const [notMuch, sky] = await Choice.objects.bulkCreate([
      { question, choiceText: "Not much" },
      { question, choiceText: "The sky" },
    ]);
    return { question, notMuch: notMuch!, sky: sky! };
  }

  it("lists the latest questions, newest first, and hides future ones", async () => {
    const client = new Client(polls);
    expect((await client.get("/")).content).toContain("No polls are available.");
    await seed();
    await Question.objects.create({ questionText: "Old one", pubDate: new Date("2020-01-01T00:00:00Z") });
    await Question.objects.create({ questionText: "From the future", pubDate: new Date(Date.now() + 86_400_000) });
    const page = (await client.get("/")).content;
    expect(page.indexOf("What&#39;s new?")).toBeLessThan(page.indexOf("Old one"));
    expect(page).not.toContain("From the future");
  });

  it("votes, shows results, and counts every vote", async () => {
    const { question, sky } = await seed();
    const client = new Client(polls);
    const detail = await client.get(`/${question.id}/`);
    expect(detail.content).toContain('<label for="choice2">The sky</label>');
    const voted = await client.post(`/${question.id}/vote/`, { choice: String(sky.id) }, { follow: true });
    expect(voted.redirectChain).toEqual([[`/${question.id}/results/`, 302]]);
    expect(voted.content).toContain("The sky -- 1 vote");
    await Promise.all(Array.from({ length: 20 }, () => client.post(`/${question.id}/vote/`, { choice: String(sky.id) })));
    expect((await Choice.objects.get({ pk: sky.id })).votes).toBe(21);
  });

  it("answers a missing or foreign choice with the form again, and unknown questions with 404", async () => {
    const { question } = await seed();
    const other = await Question.objects.create({ questionText: "Other?" });
    const otherChoice = await other.choices.create({ choiceText: "Elsewhere" });
    const client = new Client(polls);
    for (const data of [{}, { choice: "abc" }, { choice: String(otherChoice.id) }, { choice: "1 OR 1=1" }]) {
      const response = await client.post(`/${question.id}/vote/`, data);
      expect(response.status).toBe(400);
      expect(response.content).toContain("You didn&#39;t select a choice.");
    }
    expect((await Choice.objects.get({ pk: otherChoice.id })).votes).toBe(0);
    expect((await client.get("/999/")).status).toBe(404);
    expect((await client.post("/999/vote/", { choice: "1" })).status).toBe(404);
  });

  it("knows when a question was published recently", () => {
    const now = new Date("2024-05-02T12:00:00Z");
    expect(new Question({ questionText: "?", pubDate: new Date("2024-05-02T00:00:00Z") }).wasPublishedRecently(now)).toBe(true);
    expect(new Question({ questionText: "?", pubDate: new Date("2024-04-30T00:00:00Z") }).wasPublishedRecently(now)).toBe(false);
    expect(new Question({ questionText: "?", pubDate: new Date("2024-05-03T00:00:00Z") }).wasPublishedRecently(now)).toBe(false);
  });
});
