package com.pilotstatus.embed.teavm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.cache.IncrementalDependencyRegistration;
import org.teavm.diagnostics.Diagnostics;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHierarchy;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MutableClassHolderSource;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.instructions.ExitInstruction;
import org.teavm.model.instructions.JumpInstruction;
import org.teavm.model.instructions.StringConstantInstruction;
import org.junit.jupiter.api.Test;

class PlainObjectToStringTest {

  private static final MethodDescriptor TO_STRING = new MethodDescriptor("toString", String.class);

  private final MutableClassHolderSource classes = new MutableClassHolderSource();

  @Test
  void objectToString_returnsTheConstant() {
    ClassHolder object = classWithToString("java.lang.Object", "<java_object>@");

    transform(object);

    Program program = object.getMethod(TO_STRING).getProgram();
    assertThat(returnedConstants(program)).containsExactly(PlainObjectToString.TEXT);
    assertThat(instructions(program)).as("nothing but the constant, jumps and the return")
        .allMatch(i -> i instanceof StringConstantInstruction || i instanceof JumpInstruction
            || i instanceof ExitInstruction);
  }

  @Test
  void otherClasses_keepTheirToString() {
    ClassHolder other = classWithToString("com.example.Thing", "thing");
    Program before = other.getMethod(TO_STRING).getProgram();

    transform(other);

    assertThat(other.getMethod(TO_STRING).getProgram()).isSameAs(before);
    assertThat(returnedConstants(before)).containsExactly("thing");
  }

  @Test
  void objectWithoutToString_isLeftAlone() {
    ClassHolder object = new ClassHolder("java.lang.Object");
    classes.putClassHolder(object);

    transform(object);

    assertThat(object.getMethod(TO_STRING)).isNull();
  }

  /** A class whose {@code toString()} returns {@code text}, built the way TeaVM builds programs. */
  private ClassHolder classWithToString(String name, String text) {
    ClassHolder cls = new ClassHolder(name);
    MethodHolder method = new MethodHolder("toString", ValueType.object("java.lang.String"));
    cls.addMethod(method);
    classes.putClassHolder(cls);
    ProgramEmitter.create(method, new ClassHierarchy(classes)).constant(text).returnValue();
    return cls;
  }

  private void transform(ClassHolder cls) {
    new PlainObjectToString().transformClass(cls, new Context(new ClassHierarchy(classes)));
  }

  /** The string constants the program returns, one per {@code return}. */
  private static List<String> returnedConstants(Program program) {
    Map<Variable, String> constants = new HashMap<>();
    List<String> returned = new ArrayList<>();
    for (Instruction instruction : instructions(program)) {
      if (instruction instanceof StringConstantInstruction constant) {
        constants.put(constant.getReceiver(), constant.getConstant());
      } else if (instruction instanceof ExitInstruction exit) {
        returned.add(constants.get(exit.getValueToReturn()));
      }
    }
    return returned;
  }

  /** Every instruction of every block, in block order (our programs jump forward only). */
  private static List<Instruction> instructions(Program program) {
    List<Instruction> list = new ArrayList<>();
    for (int i = 0; i < program.basicBlockCount(); i++) {
      BasicBlock block = program.basicBlockAt(i);
      block.iterator().forEachRemaining(list::add);
    }
    return list;
  }

  private record Context(ClassHierarchy hierarchy) implements ClassHolderTransformerContext {
    @Override
    public ClassHierarchy getHierarchy() {
      return hierarchy;
    }

    @Override
    public Diagnostics getDiagnostics() {
      throw new UnsupportedOperationException();
    }

    @Override
    public IncrementalDependencyRegistration getIncrementalCache() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isObfuscated() {
      return true;
    }

    @Override
    public boolean isStrict() {
      return false;
    }

    @Override
    public String getEntryPoint() {
      return "start";
    }

    @Override
    public void submit(ClassHolder cls) {
      throw new UnsupportedOperationException();
    }
  }
}
