import type { DeckInput, Slide } from './deck';
import { CaseSlide } from './slides/CaseSlide';
import { FrontierSlide, MatrixSlide } from './slides/ChartSlides';
import { FundedSlide } from './slides/FundedSlide';
import { ProblemWall } from './slides/ProblemWall';

/** What the line above a screen's title says. */
function eyebrow(slide: Slide, input: DeckInput): string {
  const name = input.workspace.name;
  switch (slide.kind) {
    case 'wall':
      return `${name} · the problem wall`;
    case 'matrix':
      return `${name} · value against feasibility`;
    case 'funded':
      return `${name} · the funding answer`;
    case 'case':
      return `${name} · the case for one candidate`;
    case 'frontier':
      return `${name} · the efficient frontier`;
  }
}

/** One screen: its title (the decision it shows) over its body. */
export function SlideView({ slide, index, count, input, fundedIds }: { slide: Slide; index: number; count: number; input: DeckInput; fundedIds: ReadonlySet<string> }) {
  const row = slide.useCaseId ? input.rows.find((r) => r.useCase.id === slide.useCaseId) : undefined;
  return (
    <section className={`present-slide present-slide--${slide.kind}`} aria-labelledby="present-slide-title" data-slide={index} data-slides={count}>
      <header className="present-slide__head">
        <p className="present-slide__eyebrow">{eyebrow(slide, input)}</p>
        <h1 className="present-slide__title" id="present-slide-title">
          {slide.title}
        </h1>
      </header>
      <div className="present-slide__body">
        {slide.kind === 'wall' && <ProblemWall input={input} />}
        {slide.kind === 'matrix' && <MatrixSlide input={input} fundedIds={fundedIds} />}
        {slide.kind === 'funded' && <FundedSlide input={input} fundedIds={fundedIds} />}
        {slide.kind === 'case' && row && <CaseSlide row={row} input={input} />}
        {slide.kind === 'frontier' && <FrontierSlide input={input} />}
      </div>
    </section>
  );
}
